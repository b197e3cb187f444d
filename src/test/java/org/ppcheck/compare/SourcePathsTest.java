package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sources as shared reports name them: never an absolute path of the user's machine. */
class SourcePathsTest {
    private static final Path BASE = Path.of("/home/dana/vendors");

    @Test
    void aFileIsNamedRelativeToTheBaseAndAnythingElseAsItIs() {
        assertThat(SourcePaths.shown("/home/dana/vendors/policies/acme.html", BASE)).isEqualTo("policies/acme.html");
        assertThat(SourcePaths.shown("/home/dana/vendors/./policies/../acme.pdf", BASE)).isEqualTo("acme.pdf");
        assertThat(SourcePaths.shown("/srv/shared/acme.html", BASE)).isEqualTo("../../../srv/shared/acme.html");
        assertThat(SourcePaths.shown("https://acme.example/privacy", BASE)).isEqualTo("https://acme.example/privacy");
        assertThat(SourcePaths.shown("HTTP://acme.example/", BASE)).isEqualTo("HTTP://acme.example/");
        String snapshot = "sha256:" + "ab".repeat(32);
        assertThat(SourcePaths.shown(snapshot, BASE)).isEqualTo(snapshot);
        assertThat(SourcePaths.shown("policies/acme.html", BASE)).as("typed relative to the current directory: kept")
                .isEqualTo("policies/acme.html");
    }

    @Test
    void showingAShownSourceChangesNothing() {
        String once = SourcePaths.shown("/home/dana/vendors/policies/acme.html", BASE);
        assertThat(SourcePaths.shown(once, BASE)).isEqualTo(once);
    }

    @Test
    void theBaseOfAListIsItsFolderAndOfAFolderOfPoliciesTheFolderAboveIt() {
        assertThat(SourcePaths.baseOf(Path.of("/home/dana/vendors/list.csv"))).isEqualTo(BASE);
        assertThat(SourcePaths.baseOf(Path.of("/home/dana/vendors/policies"))).isEqualTo(BASE);
        assertThat(SourcePaths.baseOf(Path.of("list.csv"))).isEqualTo(Path.of("").toAbsolutePath());
    }

    @Test
    void aResultShowsItsVendorsSourceAndItsReportsLocationTheSameWay() {
        Vendors.Vendor v = new Vendors.Vendor("Acme", "/home/dana/vendors/acme.txt", List.of("saas"));
        Comparison.Result failed = SourcePaths.shown(new Comparison.Result(v, null, "no such file", null, false), BASE);
        assertThat(failed.vendor()).isEqualTo(new Vendors.Vendor("Acme", "acme.txt", List.of("saas")));
        assertThat(failed.failure()).isEqualTo("no such file");
    }
}
