package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numeric citation markers ({@code [4]}, and each of {@code [2][6]}) in text. Bracketed words such as
 * {@code [ru]} or {@code [citation needed]} are not markers.
 */
public final class MarkerScanner {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,4})]");

    private MarkerScanner() {
    }

    public static List<Marker> scan(CharSequence text, int from, int to) {
        List<Marker> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Marker(Integer.parseInt(m.group(1)), m.start(), m.end()));
        }
        return out;
    }
}
