package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Any vendor name, however made, gives a sheet name POI and Excel accept and a slug that is a safe file name. */
class VendorNameProperties {
    @Property(tries = 300)
    void everyNameGivesAUsableSheetName(@ForAll("names") String name) throws Exception {
        Set<String> taken = new HashSet<>(Set.of("summary", "history"));
        String sheet = XlsxChecklist.sheetName(name, 7, taken);
        assertThat(sheet).isNotBlank().hasSizeLessThanOrEqualTo(31).doesNotStartWith("'").doesNotStartWith(".").doesNotEndWith("'");
        WorkbookUtil.validateSheetName(sheet);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet(sheet);
            s.createRow(0).createCell(0).setCellValue(XlsxChecklist.xmlText(name));
            s.setAutoFilter(new CellRangeAddress(0, 0, 0, 3));
            wb.write(out);
        }
        assertThat(XlsxChecklist.sheetName(name, 7, taken)).as("a second vendor of that name").isNotEqualToIgnoringCase(sheet);
    }

    @Property(tries = 300)
    void everyNameGivesAShortLowerCaseAsciiSlug(@ForAll("names") String name) {
        String slug = new Vendors.Vendor(name, "x.html", List.of()).slug();
        assertThat(slug).matches("[a-z0-9][a-z0-9_-]*").hasSizeLessThanOrEqualTo(VendorNames.MAX_BASE + 9);
    }

    @Provide
    Arbitrary<String> names() {
        String hostile = "\u001b\t\n\r\u0007\u009b.':\\/?*[] \u202e\ud800\udc00\ufffe\uffff腾é\u0301A1-";
        return Arbitraries.oneOf(Arbitraries.strings().withChars(hostile).ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(400));
    }
}
