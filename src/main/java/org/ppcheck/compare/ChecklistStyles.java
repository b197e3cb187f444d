package org.ppcheck.compare;

import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a checklist. A status cell is filled by status (passed green, failed red, not
 * applicable grey, Excel's own pale "Good" and "Bad" tints) and keeps its words, so that the status
 * reads without colour and in print; each tint is pale enough for black text to keep a contrast of
 * at least 4.5:1 (WCAG AA).
 */
final class ChecklistStyles {
    /** The fill of each status, as RGB. */
    static final Map<String, String> STATUS_FILLS = Map.of("pass", "C6EFCE", "fail", "FFC7CE", "not_applicable", "E7E6E6");
    /** Excel's colour for links, 5.9:1 on white. */
    private static final String LINK_COLOUR = "0563C1";

    final CellStyle bold;
    final CellStyle wrap;
    final CellStyle attention;
    final CellStyle label;
    final CellStyle link;
    private final Map<String, CellStyle> statuses;

    ChecklistStyles(XSSFWorkbook wb) {
        bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        attention = wb.createCellStyle();
        Font red = wb.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.DARK_RED.getIndex());
        attention.setFont(red);
        attention.setWrapText(true);
        attention.setVerticalAlignment(VerticalAlignment.TOP);
        label = wb.createCellStyle();
        label.setFont(font);
        link = wb.createCellStyle();
        XSSFFont underlined = wb.createFont();
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(colour(LINK_COLOUR));
        link.setFont(underlined);
        link.setVerticalAlignment(VerticalAlignment.TOP);
        statuses = Map.of("pass", fill(wb, "pass"), "fail", fill(wb, "fail"), "not_applicable", fill(wb, "not_applicable"));
    }

    /** The style of a status cell: its fill, or none for a status without one. */
    CellStyle status(String status) {
        return statuses.getOrDefault(status, wrap);
    }

    private static CellStyle fill(XSSFWorkbook wb, String status) {
        var style = wb.createCellStyle();
        style.setFillForegroundColor(colour(STATUS_FILLS.get(status)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static XSSFColor colour(String rgb) {
        int value = Integer.parseInt(rgb, 16);
        return new XSSFColor(new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value}, new DefaultIndexedColorMap());
    }
}
