package org.ppcheck.check;

import java.nio.file.Path;
import java.util.List;
import org.ppcheck.extract.Block;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.extract.Limits;
import org.ppcheck.facts.FactExtractor;
import org.ppcheck.facts.Facts;
import org.ppcheck.nlp.AnalyzedDocument;
import org.ppcheck.nlp.TextAnalyzer;
import org.ppcheck.report.Report;
import org.ppcheck.report.ReportBuilder;
import org.ppcheck.rules.Evaluator;
import org.ppcheck.rules.RuleSet;

/**
 * The whole pipeline for one policy: extract, analyze, read facts, evaluate rules, build the report.
 * One checker serves many threads at once.
 */
public final class PolicyChecker {
    private final Limits limits;
    private final TextAnalyzer analyzer;
    private final FactExtractor extractor = new FactExtractor();
    private final Evaluator evaluator;

    /** A checker of these rules within the default limits. */
    public PolicyChecker(RuleSet rules) {
        this(rules, Limits.DEFAULT);
    }

    /** A checker of these rules within these limits. */
    public PolicyChecker(RuleSet rules, Limits limits) {
        this.limits = limits;
        this.analyzer = new TextAnalyzer(limits.maxSentenceChars());
        this.evaluator = new Evaluator(rules);
    }

    /** Reads and checks one file. */
    public Report check(Path file) throws InputException {
        return check(Extraction.fromFile(file, limits));
    }

    /**
     * Checks extracted text; stops with {@link org.ppcheck.util.Cancellation.CancelledException} when
     * its thread is interrupted.
     */
    public Report check(Extraction.Extracted extracted) {
        AnalyzedDocument doc = analyzer.analyze(extracted);
        Facts facts = extractor.extract(doc);
        return ReportBuilder.build(doc, facts, evaluator.evaluate(facts, topSections(extracted), doc.sentences().size()));
    }

    /** The headings of the policy's main sections: the top level, or the one below a lone title. */
    static List<String> topSections(Extraction.Extracted extracted) {
        for (int level = 0; level < 3; level++) {
            int depth = level;
            List<String> headings = extracted.text().blocks().stream()
                    .filter(b -> b.kind() == Block.Kind.HEADING && b.headingPath().size() == depth + 1)
                    .map(b -> b.headingPath().get(depth)).distinct().toList();
            if (headings.size() > 1) {
                return headings;
            }
        }
        return List.of();
    }
}
