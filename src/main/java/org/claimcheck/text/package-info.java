/** Small text algorithms shared by several packages. */
package org.claimcheck.text;
