package org.ppcheck.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ppcheck.facts.DataFiles;
import org.ppcheck.fetch.Discovery;
import org.ppcheck.rules.RuleSet;
import org.ppcheck.rules.RulesException;
import org.ppcheck.rules.RulesLoader;

/**
 * Checks a file a user or contributor edits, whatever it is: a data file known by its name (a
 * lexicon such as {@code data-fields.yaml}, a cue file, {@code negation.yaml}, {@code discovery.yaml})
 * or else a rules file. Every problem is one line, {@code FILE:LINE:COL: path: message}.
 */
public final class FileValidation {
    private FileValidation() {
    }

    /** What validating one file found: its problems (none when valid) and, for a valid rules file, its rules. */
    public record Result(List<String> problems, RuleSet rules) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Validates the file as the kind its name says; a rules file otherwise. */
    public static Result validate(Path file) {
        Path name = file.getFileName();
        try {
            if (name != null && name.toString().equals(Discovery.FILE_NAME)) {
                return new Result(Discovery.validate(file.toString(), Files.readString(file, StandardCharsets.UTF_8)), null);
            }
            if (DataFiles.kindOf(file).isPresent()) {
                return new Result(DataFiles.validate(file), null);
            }
        } catch (IOException e) {
            return new Result(List.of(file + ": cannot be read (" + e.getMessage() + "); check the path"), null);
        }
        try {
            return new Result(List.of(), RulesLoader.load(file));
        } catch (RulesException e) {
            return new Result(e.problems(), null);
        }
    }
}
