/** The picocli commands: thin wrappers that parse, call and print. */
package org.claimcheck.cli;
