package org.ppcheck.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reading workbooks that users made: vendor lists and filled-in checklists. A workbook is opened
 * read-only, so that reading never changes the file; a cell is read as the text it shows, and a
 * formula as its text ({@code =HYPERLINK(...)}), never evaluated.
 */
final class Workbooks {
    private Workbooks() {
    }

    /** A file that is not a workbook POI can read; the message says why, without the file name. */
    static final class NotAWorkbook extends Exception {
        NotAWorkbook(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A workbook open for reading; closing it discards whatever POI cached and leaves the file as it was. */
    record Opened(OPCPackage pkg, XSSFWorkbook book) implements AutoCloseable {
        @Override
        public void close() {
            pkg.revert(); // close() would try to save a package opened for reading
        }
    }

    /** Whether the file starts like a workbook (an XLSX, or an XLS or encrypted workbook), whatever its name. */
    static boolean looksLikeWorkbook(Path file) throws IOException {
        FileMagic magic = magic(file);
        return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
    }

    /** Opens an XLSX workbook for reading. */
    static Opened open(Path file) throws NotAWorkbook {
        FileMagic magic;
        try {
            magic = magic(file);
        } catch (IOException e) {
            throw new NotAWorkbook("cannot be read (" + e.getMessage() + ")", e);
        }
        if (magic == FileMagic.OLE2) {
            throw new NotAWorkbook("an Excel 97-2003 (.xls) or password-protected workbook; save it as an .xlsx workbook without a password", null);
        }
        if (magic != FileMagic.OOXML) {
            throw new NotAWorkbook("not an XLSX workbook", null);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new NotAWorkbook("not an XLSX workbook (" + oneLine(e) + ")", e);
        }
        try {
            return new Opened(pkg, new XSSFWorkbook(pkg));
        } catch (IOException | RuntimeException e) { // POI reports a damaged part with any runtime exception
            pkg.revert();
            throw new NotAWorkbook("a damaged XLSX workbook (" + oneLine(e) + ")", e);
        }
    }

    private static FileMagic magic(Path file) throws IOException {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }

    /** Whether the cell holds a formula. */
    static boolean isFormula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    /**
     * The cell as plain text: a text as it is, a number or date as the sheet shows it, a formula as
     * {@code =} and its text (never evaluated), "" for no cell.
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case BLANK -> "";
            case FORMULA -> "=" + cell.getCellFormula();
            default -> new DataFormatter(Locale.ROOT).formatCellValue(cell); // numbers, dates, booleans and errors, rare enough to format one by one
        };
    }

    /**
     * The web address a cell links to, or null: a vendor list may show "Privacy policy" and link to
     * the policy, the way Excel makes a link.
     */
    static String link(Cell cell) {
        Hyperlink link = cell == null ? null : cell.getHyperlink();
        String address = link == null || link.getType() != HyperlinkType.URL || link.getAddress() == null ? "" : link.getAddress().strip();
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? address : null;
    }

    /** The text of the row's cell in that column; "" when the row or the column is missing. */
    static String text(Row row, Integer column) {
        return row == null || column == null ? "" : text(row.getCell(column));
    }

    /** A cell's address as Excel writes it: {@code Acme!J7}, {@code 'Lotus Chat'!J7}. */
    static String at(Sheet sheet, int row, int column) {
        return new CellReference(sheet.getSheetName(), row, column, false, false).formatAsString();
    }

    /** A column title compared the forgiving way: case, surrounding spaces, and spaces or underscores between words ignored. */
    static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT).replaceAll("(?U)[\\s_]+", "-");
    }
}
