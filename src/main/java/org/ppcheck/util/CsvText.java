package org.ppcheck.util;

/** Text made safe for a cell of a CSV file that people open in a spreadsheet. */
public final class CsvText {
    private CsvText() {
    }

    /**
     * OWASP's defence against CSV injection: a cell starting with {@code = + - @}, tab, carriage
     * return or line feed is prefixed with {@code '}, so that Excel, LibreOffice and Google Sheets
     * show it as text instead of running it as a formula.
     */
    public static String cell(String s) {
        return !s.isEmpty() && "=+-@\t\r\n".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
