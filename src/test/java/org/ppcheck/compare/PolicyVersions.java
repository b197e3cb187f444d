package org.ppcheck.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ppcheck.check.PolicyChecker;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.rules.RulesException;
import org.ppcheck.rules.RulesLoader;

/** Two versions of a policy checked with the default rules and compared, as {@code ppcheck diff} does. */
public final class PolicyVersions {
    private static final PolicyChecker CHECKER = checker();

    private PolicyVersions() {
    }

    private static PolicyChecker checker() {
        try {
            return new PolicyChecker(RulesLoader.loadDefault().select(List.of()));
        } catch (RulesException e) {
            throw new IllegalStateException("the default rules do not load", e);
        }
    }

    /** The diff of two texts; the names say what kind of file each is ({@code .md}, {@code .html}, {@code .txt}). */
    public static PolicyDiff diff(String oldName, String oldText, String newName, String newText) {
        try {
            var a = Extraction.fromBytes(oldName, oldText.getBytes(StandardCharsets.UTF_8));
            var b = Extraction.fromBytes(newName, newText.getBytes(StandardCharsets.UTF_8));
            return PolicyDiff.of(CHECKER.check(a), a.text(), CHECKER.check(b), b.text());
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture of {@code src/test/resources/diff/}. */
    public static String fixture(String name) {
        try (InputStream in = PolicyVersions.class.getResourceAsStream("/diff/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture diff/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diff of two fixtures. */
    public static PolicyDiff fixtures(String oldName, String newName) {
        return diff(oldName, fixture(oldName), newName, fixture(newName));
    }
}
