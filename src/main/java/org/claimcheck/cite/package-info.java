/** In-text citation markers and numbered reference lists. */
package org.claimcheck.cite;
