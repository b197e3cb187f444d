package org.ppcheck.report;

import java.util.List;

/** Output formats of {@code ppcheck check}; {@code extension} is appended to the input's file name. */
public enum Format {
    TEXT("txt"), JSON("json"), MD("md");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Renders one report. */
    public String render(Report report) {
        return switch (this) {
            case TEXT -> TextRenderer.render(report);
            case JSON -> JsonRenderer.render(report);
            case MD -> MarkdownRenderer.render(report);
        };
    }

    /** Renders several reports for standard output: JSON as an array, the others one after another. */
    public String renderAll(List<Report> reports) {
        if (this == JSON && reports.size() != 1) {
            return JsonRenderer.renderAll(reports);
        }
        StringBuilder sb = new StringBuilder();
        for (Report r : reports) {
            if (!sb.isEmpty()) {
                sb.append(System.lineSeparator());
            }
            sb.append(render(r));
        }
        return sb.toString();
    }
}
