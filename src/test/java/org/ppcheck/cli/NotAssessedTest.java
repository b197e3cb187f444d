package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy in a language ppcheck cannot read (the German corpus policy) gets no grade in any
 * output: every one says "not assessed: German (de)" instead of an F, and comparisons rank it apart.
 */
class NotAssessedTest {
    private static final String GERMAN = "policies-corpus/datenschutz-berg.md";

    @TempDir
    Path tmp;

    @Test
    void checkSaysNotAssessedInTextMarkdownAndJson() throws Exception {
        Cli.Run text = Cli.ppcheck("check", GERMAN);
        assertThat(text.out()).contains("not assessed: German (de)").doesNotContain("Grade ");
        assertThat(text.err()).doesNotContain("score");
        Cli.Run md = Cli.ppcheck("check", "--format", "md", GERMAN);
        assertThat(md.out()).contains("| Grade | **not assessed: German \\(de\\)**");
        JsonNode json = new ObjectMapper().readTree(Cli.ppcheck("check", "--format", "json", GERMAN).out());
        assertThat(json.at("/score/grade").isNull()).isTrue();
        assertThat(json.at("/score/notAssessed").asText()).isEqualTo("German (de)");
    }

    @Test
    void theComparisonRanksItApartAndEveryReportSaysNotAssessed() throws Exception {
        Path vendors = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nBerg," + Path.of(GERMAN).toAbsolutePath()
                + "\nTiny," + Path.of("policies-corpus/tiny-vague.txt").toAbsolutePath() + "\n");
        Cli.Run run = Cli.ppcheck("compare", "--out", tmp.resolve("out").toString(), vendors.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).as("graded Tiny (an F) first, Berg apart after it").satisfies(lines -> {
            assertThat(lines.get(0)).contains("Tiny");
            assertThat(lines.get(1)).contains("Berg", "not assessed: German (de)");
        });
        String md = Files.readString(tmp.resolve("out/comparison.md"));
        assertThat(md).contains("| – | Berg | not assessed: German \\(de\\) | – |");
        String csv = Files.readString(tmp.resolve("out/comparison.csv"));
        assertThat(csv.lines().filter(l -> l.contains("Berg"))).singleElement().asString().contains("not assessed: German (de)");
        try (XSSFWorkbook wb = Checklists.open(tmp.resolve("out/checklist.xlsx"))) {
            Sheet summary = wb.getSheet("Summary");
            int grade = Checklists.column(summary, "Grade");
            String bergGrade = null;
            for (Row row : summary) {
                if (row.getRowNum() > 0 && row.getCell(Checklists.column(summary, "Vendor")) != null
                        && row.getCell(Checklists.column(summary, "Vendor")).getStringCellValue().equals("Berg")) {
                    bergGrade = row.getCell(grade).getStringCellValue();
                }
            }
            assertThat(bergGrade).isEqualTo("not assessed: German (de)");
        }
    }
}
