/** Dates of reduced precision, as sources give them. */
package org.claimcheck.time;
