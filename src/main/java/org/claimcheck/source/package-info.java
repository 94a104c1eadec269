/** Source documents (plain text, HTML, PDF) read into one text with a map back to file positions. */
package org.claimcheck.source;
