package org.claimcheck.text;

/** Spaces of every kind: sources indent and separate with no-break and thin spaces too. */
public final class Spaces {
    private Spaces() {
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }
}
