package org.ppcheck.rules;

import java.util.Locale;

/** How much a failed rule matters; also the threshold of {@code --fail-on}. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    /** The name as written in rules.yaml and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
