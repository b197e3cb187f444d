package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.ppcheck.util.LiveMarkdown;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.Checker;
import org.ppcheck.check.PolicySource;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.report.HostilePolicy;
import org.ppcheck.report.Report;

/**
 * Vendor names, tags, sources and policy text are data in every comparison report: no spreadsheet
 * formula, no live Markdown or HTML, and no name that makes an invalid or unwritable workbook.
 */
class HostileVendorsTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String CMD = "+cmd|' /C calc'!A0";
    private static final String SUM = "@SUM(1+1)";
    private static final String MINUS = "-2+3";

    @TempDir
    static Path shared;

    @TempDir
    Path out;

    private static Report hostile;
    private static Report tiny;

    @BeforeAll
    static void checkTwoPolicies() throws Exception {
        Checker checker = new Checker(CheckSettings.defaults(RulesChoice.load(null, List.of())));
        hostile = checker.check(PolicySource.of(HostilePolicy.write(shared).toString()));
        tiny = checker.check(PolicySource.of(Path.of("policies-corpus", "tiny-vague.txt").toAbsolutePath().toString()));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunStartWithAnApostrophe() throws Exception {
        Path list = Files.writeString(shared.resolve("formulas.csv"), "name,source,tags\n"
                + "\"" + HYPERLINK.replace("\"", "\"\"") + "\",a.txt,\"" + CMD + ";" + SUM + "\"\n"
                + SUM + ",b.txt," + MINUS + "\n" + MINUS + ",c.txt,plain\n" + "\"" + CMD + "\",d.txt,\n" + "Plain Vendor,e.txt,-\n");
        List<Vendors.Vendor> vendors = Vendors.read(list, List.of());
        List<Comparison.Result> results = new ArrayList<>(vendors.stream().map(v -> ok(v, tiny)).toList());
        results.add(new Comparison.Result(new Vendors.Vendor("=Failed", "@source", List.of("+t")), null, "=1+1 could not be read", null, false));
        ComparisonReports.write(out, results, "gdpr");

        List<CSVRecord> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(out.resolve("comparison.csv"))) {
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).forEach(rows::add);
        }
        assertThat(rows.stream().map(r -> r.get("vendor")))
                .containsExactly("'" + HYPERLINK, "'" + SUM, "'" + MINUS, "'" + CMD, "Plain Vendor", "'=Failed");
        assertThat(rows.stream().map(r -> r.get("tags")))
                .containsExactly("'" + CMD + ";" + SUM, "'" + MINUS, "plain", "", "'-", "'+t");
        assertThat(rows.get(5).get("source")).isEqualTo("'@source");
        assertThat(rows.get(5).get("error")).isEqualTo("'=1+1 could not be read");
        assertThat(rows.get(0).get("score")).as("numbers stay numbers").isEqualTo(String.valueOf(tiny.score().value()));
    }

    @Test
    void theMarkdownComparisonShowsNamesAndGapsAsText() throws Exception {
        String script = "<script>alert(1)</script>";
        String link = "[x](javascript:alert(1))";
        ComparisonReports.write(out, List.of(ok(new Vendors.Vendor(script, "a.txt", List.of()), hostile),
                ok(new Vendors.Vendor(link + " ![](http://tracker.example/p.gif)", "b.txt", List.of()), tiny),
                new Comparison.Result(new Vendors.Vendor("# Heading | cell", "c.txt", List.of()), null, "<img src=x> `code`", null, false)), "gdpr");
        Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(Files.readString(out.resolve("comparison.md")));
        assertThat(LiveMarkdown.liveNodes(doc)).isEmpty();
        assertThat(TextContentRenderer.builder().extensions(List.of(TablesExtension.create())).build().render(doc))
                .contains(script, link + " ![](http://tracker.example/p.gif)", "# Heading | cell", "<img src=x> `code`");
    }

    @Test
    void theHtmlComparisonEscapesNamesTagsAndEvidence() throws Exception {
        String name = "<script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>";
        ComparisonReports.write(out, List.of(ok(new Vendors.Vendor(name, "javascript:alert(3)", List.of("<b onmouseover=alert(4)>")), hostile),
                new Comparison.Result(new Vendors.Vendor("\"><img src=x onerror=alert(5)>", "x", List.of()), null, "<svg onload=alert(6)>", null,
                        false)), "gdpr");
        Document html = Jsoup.parse(Files.readString(out.resolve("report.html")));
        assertThat(html.select("script, img, svg[onload], b")).isEmpty();
        assertThat(html.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on") || a.getValue().contains("javascript:"))).isEmpty();
        assertThat(html.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
        assertThat(html.select("th[scope=row]").eachText()).contains(name);
        assertThat(html.select("blockquote p").eachText()).anyMatch(t -> t.contains(HostilePolicy.SCRIPT) && t.contains(HostilePolicy.JS_LINK));
    }

    @Test
    void anyVendorNameMakesAValidWorkbookWithDistinctSheetNames() throws Exception {
        String longName = "N".repeat(300);
        List<String> names = List.of("Esc\u001b[2J Corp", "Tab\tCorp", "...", longName, "a:b", "a/b", "History", "'Quoted'", ".hidden",
                "\u0007", "Surrogate \ud800 alone");
        List<Comparison.Result> results = new ArrayList<>(names.stream().map(n -> ok(new Vendors.Vendor(n, "x.txt", List.of()), hostile)).toList());
        ComparisonReports.write(out, results, "gdpr");
        assertEveryPartIsWellFormedXml(out.resolve("checklist.xlsx"));
        try (InputStream in = Files.newInputStream(out.resolve("checklist.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> sheets = IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
            assertThat(sheets).containsExactly("Summary", "Esc 2J Corp", "Tab Corp", "Vendor 3", "N".repeat(31), "a b", "a b 2", "History 2",
                    "Quoted", "hidden", "Vendor 10", "Surrogate \ufffd alone");
            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Esc\\x1b[2J Corp");
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tab\tCorp");
            assertThat(summary.getRow(4).getCell(1).getStringCellValue()).isEqualTo(longName);
            assertThat(summary.getRow(3).getCell(List.of(ChecklistSummary.COLUMNS).indexOf("Sheet")).getStringCellValue()).isEqualTo("Vendor 3");
            Sheet first = wb.getSheet("Esc 2J Corp");
            List<String> evidence = IntStream.rangeClosed(ChecklistVendorSheet.HEADER_ROW + 1, first.getLastRowNum())
                    .mapToObj(i -> first.getRow(i).getCell(5).getStringCellValue()).toList();
            assertThat(evidence).anyMatch(e -> e.contains("\\x1b[31mred"));
        }
    }

    /** What Excel needs and POI does not check: every XML part of the workbook parses as XML 1.0. */
    private static void assertEveryPartIsWellFormedXml(Path xlsx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml")) {
                    byte[] xml = zip.readAllBytes();
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
                    parts++;
                }
            }
        }
        assertThat(parts).isGreaterThan(3);
    }

    private static Comparison.Result ok(Vendors.Vendor v, Report r) {
        return new Comparison.Result(v, r, null, null, false);
    }
}
