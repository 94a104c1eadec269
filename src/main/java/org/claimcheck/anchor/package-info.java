/** Finding quotes in source texts: exact, with typography folded, or the nearest passage. */
package org.claimcheck.anchor;
