package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;

/** One report format: the whole result in one call. No timestamps or absolute paths, so output is stable. */
public interface Report {
    void write(Result result, Writer out) throws IOException;
}
