/** Report formats, one class each, writing a whole result in one call. */
package org.claimcheck.report;
