package org.claimcheck.cli;

import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;

/**
 * A finding as a GitHub Actions workflow command ({@code ::error file=…,line=…,col=…,title=…::message}), which
 * marks the line in the pull request's diff. Input text is encoded as the Actions toolkit does ({@code %},
 * CR and LF in the message; also {@code :} and {@code ,} in properties), and every other control character
 * too, so no text from a source or claim can end the command early or start a command of its own.
 */
final class GithubAnnotation {
    private GithubAnnotation() {
    }

    static String of(Finding f) {
        Location l = f.primary();
        String level = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        // a PDF's lines are its extracted text's, not the file's: the page goes into the message instead
        String where = l.page() > 0 ? "" : ",line=" + l.line() + ",col=" + l.column();
        String message = f.message() + (l.page() > 0 ? " (page " + l.page() + ")" : "")
                + (f.fix() == null ? "" : ". Fix: " + f.fix());
        return "::" + level + " file=" + encode(l.file(), true) + where + ",title=" + encode("claimcheck " + f.rule(), true)
                + "::" + encode(message, false);
    }

    private static String encode(String s, boolean property) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '%' || c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || property && (c == ':' || c == ',')) {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
