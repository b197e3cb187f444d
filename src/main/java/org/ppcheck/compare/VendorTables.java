package org.ppcheck.compare;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ppcheck.compare.Vendors.VendorsException;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.ListNode;
import org.ppcheck.util.LocatedYaml.MapNode;
import org.ppcheck.util.YamlBinder;

/**
 * The rows of a vendor list, whatever its format, as column to value, each value with where it is
 * ({@code vendors.csv:4}, {@code vendors.xlsx:Vendors!C4}, {@code vendors.yaml:7:11}) so that a bad
 * value is reported where the user can find it. Column titles are compared by {@link Workbooks#key}
 * ("Review every" is {@code review-every}); columns ppcheck does not use are left alone, so that a
 * team's own columns can stay in the list.
 */
final class VendorTables {
    /** A value and where it is. */
    record Field(String value, String where) { }

    /** One vendor's row: where it starts, and its values by column. */
    record VendorRow(String where, Map<String, Field> fields) {
        VendorRow {
            fields = Map.copyOf(fields);
        }

        /** The value of the column, or "" when the row has none. */
        String value(String column) {
            Field f = fields.get(column);
            return f == null ? "" : f.value();
        }
    }

    /** What stands for the policy's location, in the order they are looked at. */
    static final List<String> SOURCE_COLUMNS = List.of("source", "url", "path");
    private static final String HEADER_NEEDED = "the header must name the columns 'name' and 'source' (or 'url' or 'path'), e.g. name,source,tags";
    private static final char COMMENT = '#';

    private VendorTables() {
    }

    /** The rows of a YAML, XLSX or CSV vendor list; problems with single values are added to {@code problems}. */
    static List<VendorRow> read(Path file, List<String> problems) throws VendorsException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return yaml(file, problems);
            }
            return Workbooks.looksLikeWorkbook(file) ? xlsx(file, problems) : csv(file);
        } catch (IOException e) {
            throw new VendorsException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static boolean hasNeededColumns(Set<String> columns) {
        return columns.contains("name") && SOURCE_COLUMNS.stream().anyMatch(columns::contains);
    }

    /** A CSV in UTF-8, with or without Excel's byte-order mark, its delimiter ({@code , ; tab}) read from the header. */
    private static List<VendorRow> csv(Path file) throws IOException, VendorsException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new VendorsException(file + ": not UTF-8 text; save it as CSV UTF-8 (Excel: 'CSV UTF-8 (Comma delimited)'), as XLSX or as YAML");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int headerStart = contentStart(text, 0);
        int headerEnd = text.indexOf('\n', headerStart);
        char delimiter = delimiter(text.substring(headerStart, headerEnd < 0 ? text.length() : headerEnd));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker(COMMENT).get();
        List<VendorRow> rows = new ArrayList<>();
        int[] lineFeeds = lineFeeds(text);
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            if (!hasNeededColumns(Set.copyOf(header.stream().map(Workbooks::key).toList()))) {
                throw new VendorsException(file + ":" + lineOf(lineFeeds, headerStart) + ": " + HEADER_NEEDED + "; found: "
                        + String.join(String.valueOf(delimiter), header));
            }
            for (CSVRecord r : parser) {
                String where = file + ":" + lineOf(lineFeeds, contentStart(text, (int) r.getCharacterPosition()));
                Map<String, Field> fields = new LinkedHashMap<>();
                r.toMap().forEach((column, value) -> fields.putIfAbsent(Workbooks.key(column), new Field(value == null ? "" : value, where)));
                rows.add(new VendorRow(where, fields));
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new VendorsException(file + ": not a readable CSV vendor list (" + e.getMessage() + ")");
        }
        return rows;
    }

    /** The delimiter the header line uses most: comma, semicolon (Excel where the decimal mark is a comma) or tab. */
    static char delimiter(String headerLine) {
        char best = ',';
        long most = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            long n = headerLine.chars().filter(ch -> ch == c).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }

    /** Where the first line at or after {@code from} that is neither blank nor a comment starts. */
    private static int contentStart(String text, int from) {
        int at = from;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end).strip();
            if (!line.isEmpty() && line.charAt(0) != COMMENT) {
                return at;
            }
            at = end < 0 ? text.length() : end + 1;
        }
        return at;
    }

    /** Where each line feed of the text is, so that a record's line is found by binary search, not by counting again each time. */
    private static int[] lineFeeds(String text) {
        return IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    /** The line, counted from 1, that holds the offset. */
    private static int lineOf(int[] lineFeeds, int offset) {
        int at = Arrays.binarySearch(lineFeeds, offset);
        return 1 + (at >= 0 ? at : -at - 1);
    }

    /** The first sheet of a workbook: its first non-empty row is the header; a source cell that links to a web page stands for that page. */
    private static List<VendorRow> xlsx(Path file, List<String> problems) throws VendorsException {
        try (Workbooks.Opened opened = Workbooks.open(file)) {
            if (opened.book().getNumberOfSheets() == 0) {
                throw new VendorsException(file + ": the workbook has no sheet; put the vendors on its first sheet under a header row");
            }
            Sheet sheet = opened.book().getSheetAt(0);
            int headerRow = sheet.getFirstRowNum();
            while (headerRow >= 0 && headerRow <= sheet.getLastRowNum() && isBlank(sheet.getRow(headerRow))) {
                headerRow++;
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<String> titles = new ArrayList<>();
            Row header = headerRow < 0 ? null : sheet.getRow(headerRow);
            for (Cell c : header == null ? List.<Cell>of() : header) {
                String title = Workbooks.text(c).strip();
                if (!title.isEmpty()) {
                    titles.add(title);
                    columns.putIfAbsent(Workbooks.key(title), c.getColumnIndex());
                }
            }
            if (!hasNeededColumns(columns.keySet())) {
                throw new VendorsException(file + ":" + Workbooks.at(sheet, Math.max(headerRow, 0), 0) + ": " + HEADER_NEEDED
                        + "; found: " + (titles.isEmpty() ? "nothing" : String.join(", ", titles)));
            }
            List<VendorRow> rows = new ArrayList<>();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (isBlank(row)) {
                    continue;
                }
                Map<String, Field> fields = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> column : columns.entrySet()) {
                    Cell cell = row.getCell(column.getValue());
                    String where = file + ":" + Workbooks.at(sheet, r, column.getValue());
                    if (Workbooks.isFormula(cell)) {
                        problems.add(where + ": " + column.getKey() + ": is a formula (" + Workbooks.text(cell)
                                + "); type the value itself");
                    }
                    String link = SOURCE_COLUMNS.contains(column.getKey()) ? Workbooks.link(cell) : null;
                    String value = Workbooks.isFormula(cell) ? "" : link != null ? link : Workbooks.text(cell);
                    fields.put(column.getKey(), new Field(value, where));
                }
                rows.add(new VendorRow(file + ":" + Workbooks.at(sheet, r, 0), fields));
            }
            return rows;
        } catch (Workbooks.NotAWorkbook e) {
            throw new VendorsException(file + ": " + e.getMessage());
        }
    }

    private static boolean isBlank(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell c : row) {
            if (!Workbooks.text(c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A YAML list of mappings, or a mapping whose {@code vendors} key holds that list; tags may be a list. */
    private static List<VendorRow> yaml(Path file, List<String> problems) throws IOException, VendorsException {
        YamlBinder binder = new YamlBinder(file.toString());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        LocatedYaml root = LocatedYaml.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, binder);
        if (root == null) {
            throw new VendorsException(binder.problems());
        }
        if (root instanceof MapNode map && map.entries().get("vendors") instanceof ListNode inner) {
            root = inner;
        }
        if (!(root instanceof ListNode list)) {
            throw new VendorsException(file + ": must be a list of vendors, each with 'name' and 'source' (or 'url' or 'path')");
        }
        List<VendorRow> rows = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            LocatedYaml item = list.items().get(i);
            String where = file + ":" + item.line() + ":" + item.column();
            if (!(item instanceof MapNode m)) {
                problems.add(where + ": vendors[" + i + "]: must be a mapping with 'name' and 'source'");
                continue;
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            m.entries().forEach((key, node) -> {
                String at = file + ":" + node.line() + ":" + node.column();
                fields.putIfAbsent(Workbooks.key(key), new Field(yamlText(node, at, key, problems), at));
            });
            rows.add(new VendorRow(where, fields));
        }
        problems.addAll(binder.problems());
        return rows;
    }

    /** A scalar's text, or a list's items joined with {@code ;} (how a CSV writes tags). */
    private static String yamlText(LocatedYaml node, String where, String key, List<String> problems) {
        if (node instanceof ListNode list) {
            return String.join(";", list.items().stream().map(LocatedYaml::textOf).filter(t -> t != null).toList());
        }
        if (node instanceof MapNode) {
            problems.add(where + ": " + key + ": must be a text, not a mapping");
            return "";
        }
        String text = LocatedYaml.textOf(node);
        return text == null ? "" : text;
    }
}
