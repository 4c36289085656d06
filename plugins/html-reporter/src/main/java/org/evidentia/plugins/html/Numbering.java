package org.evidentia.plugins.html;

/** Numbers the page's tables and figures in the order they appear. Not thread-safe. */
final class Numbering {

    private int tables;
    private int figures;

    String table() {
        return "Table " + ++tables + ".";
    }

    String figure() {
        return "Figure " + ++figures + ".";
    }
}
