package org.evidentia.plugins.pubmedxml;

/** Publication years as PubMed prints them: {@code 2007}, {@code 1998 Dec-1999 Jan}, {@code 2019 Sep/Oct}. */
final class Years {

    private Years() {
    }

    /** The first run of exactly four digits in {@code text}, or null when there is none. */
    static Integer firstYear(String text) {
        if (text == null) {
            return null;
        }
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean digit = i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
            if (digit) {
                run++;
            } else {
                if (run == 4) {
                    return Integer.parseInt(text, i - 4, i, 10);
                }
                run = 0;
            }
        }
        return null;
    }
}
