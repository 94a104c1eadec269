/** The claim model (claims, assertions, quotes, vocabulary) and its loader. */
package org.claimcheck.claim;
