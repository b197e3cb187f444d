package org.ppcheck.cli;

import java.nio.file.Path;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.facts.FactExtractor;
import org.ppcheck.facts.Facts;
import org.ppcheck.nlp.AnalyzedDocument;
import org.ppcheck.nlp.TextAnalyzer;
import org.ppcheck.report.Report;
import org.ppcheck.report.ReportBuilder;
import org.ppcheck.rules.Evaluator;
import org.ppcheck.rules.RuleSet;

/** The whole pipeline for one policy: extract, analyze, read facts, evaluate rules, build the report. */
public final class PolicyChecker {
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final FactExtractor extractor = new FactExtractor();
    private final Evaluator evaluator;

    public PolicyChecker(RuleSet rules) {
        this.evaluator = new Evaluator(rules);
    }

    public Report check(Path file) throws InputException {
        return check(Extraction.fromFile(file));
    }

    public Report check(Extraction.Extracted extracted) {
        AnalyzedDocument doc = analyzer.analyze(extracted);
        Facts facts = extractor.extract(doc);
        long sections = extracted.text().blocks().stream().map(b -> b.headingPath()).distinct().count();
        return ReportBuilder.build(doc, facts, evaluator.evaluate(facts, (int) sections, doc.sentences().size()));
    }
}
