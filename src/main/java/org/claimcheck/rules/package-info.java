/** One class per rule, registered in Rules.ALL. */
package org.claimcheck.rules;
