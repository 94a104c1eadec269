/** The rule interface, findings, the workspace rules see, and the checker that runs them. */
package org.claimcheck.check;
