package org.ppcheck.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ppcheck.extract.Extraction;
import org.ppcheck.report.ReportBuilder;
import org.ppcheck.rules.RuleSet;
import org.ppcheck.rules.RulesException;
import org.ppcheck.rules.RulesLoader;

/**
 * The rules a run applies, narrowed to its profiles, and their fingerprint: what makes two runs'
 * reports comparable (ppcheck's version, the rules file's text and the profiles).
 */
public record RulesChoice(RuleSet rules, String fingerprint) {

    /** Every rule of the built-in rules ({@code file} null) or of the file. */
    public static RuleSet loadAll(Path file) throws RulesException {
        return file == null ? RulesLoader.loadDefault() : RulesLoader.load(file);
    }

    /**
     * The rules of the file (the built-in ones when null) narrowed to the profiles, or to the file's
     * default profiles when none are given; an unknown profile is a problem like those of the file.
     */
    public static RulesChoice load(Path file, List<String> profiles) throws RulesException {
        RuleSet selected;
        try {
            selected = loadAll(file).select(profiles);
        } catch (IllegalArgumentException e) {
            throw new RulesException(List.of("--profile: " + e.getMessage()));
        }
        String text;
        try {
            text = file == null ? "built-in" : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
        String fingerprint = Extraction.sha256((ReportBuilder.VERSION + "\n" + text + "\n" + String.join(",", selected.selected()))
                .getBytes(StandardCharsets.UTF_8));
        return new RulesChoice(selected, fingerprint);
    }

    /** The names of the selected profiles, or "all rules". */
    public String profileNames() {
        return rules.selected().isEmpty() ? "all rules" : String.join(", ", rules.selected());
    }
}
