package org.evidentia.plugins.table;

/**
 * Keeps spreadsheets from running cell text as a formula (CSV injection): a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe,
 * which spreadsheets read as "this is text" (as OWASP recommends). Text taken from abstracts can
 * begin with any of these, and a reviewer opens the table in Excel or LibreOffice.
 */
final class FormulaNeutraliser {

    private FormulaNeutraliser() {
    }

    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
