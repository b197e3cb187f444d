package org.ppcheck.rules;

import java.util.List;

/** A rules file that cannot be used; every problem is one line: {@code FILE:LINE:COL: path: message}. */
public class RulesException extends Exception {
    private final List<String> problems;

    public RulesException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
