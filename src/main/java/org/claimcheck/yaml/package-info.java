/** YAML read with the line and column of every node, and the problems found in input files. */
package org.claimcheck.yaml;
