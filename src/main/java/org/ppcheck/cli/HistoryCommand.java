package org.ppcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ppcheck.register.Decision;
import org.ppcheck.register.Evaluation;
import org.ppcheck.register.Event;
import org.ppcheck.register.EventJson;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.RegisteredVendor;
import org.ppcheck.register.Reviews;
import org.ppcheck.register.Version;
import org.ppcheck.util.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck history NAME}: a vendor's versions, events and decisions, in time order. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Show a vendor's policy versions (with grade and snapshot), the events rechecks recorded and the reviewers' decisions.")
final class HistoryCommand extends BaseCommand {
    private static final int MAX_EVENTS = 1000;

    @Mixin
    RegisterMixin register;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
    }

    /** One line of the timeline. */
    private record Line(Instant at, int order, String text) { }

    @Override
    ExitCode execute() throws CliException, IOException {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json")) {
            throw new CliException(ExitCode.USAGE_ERROR, "--format " + format + ": use text or json", null);
        }
        try (Register reg = register.open(this)) {
            RegisteredVendor v = reg.vendor(name);
            List<Version> versions = reg.versions(v.id());
            List<Evaluation> evaluations = new ArrayList<>();
            for (Version x : versions) {
                evaluations.add(reg.latestEvaluation(x.id()));
            }
            List<Event> events = reg.events(v, MAX_EVENTS);
            Reviews reviews = new Reviews(reg);
            List<Decision> decisions = reviews.history(v);
            List<Decision> inForce = reviews.decisions(v);
            out().print(fmt.equals("json") ? json(v, versions, evaluations, events, decisions, inForce)
                    : text(v, versions, evaluations, events, decisions, inForce));
            out().flush();
            return ExitCode.OK;
        } catch (RegisterException e) {
            throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
        }
    }

    private static String text(RegisteredVendor v, List<Version> versions, List<Evaluation> evaluations, List<Event> events,
                               List<Decision> decisions, List<Decision> inForce) {
        StringBuilder sb = new StringBuilder(t(v.name())).append("  ").append(t(v.source())).append('\n');
        if (v.removedAt() != null) {
            sb.append("removed ").append(v.removedAt()).append('\n');
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Version x = versions.get(i);
            Evaluation e = evaluations.get(i);
            lines.add(new Line(x.recordedAt(), 0, "version " + x.seq() + ": " + (e == null ? "not evaluated" : "grade " + e.grade() + " (" + e.score() + ")")
                    + ", fetched " + x.fetchedAt() + ", " + x.snapshot() + (x.finalUrl() == null ? "" : " from " + t(x.finalUrl()))));
        }
        for (Event e : events) {
            lines.add(new Line(e.at(), 1, e.kind().label() + ": " + t(e.summary())));
        }
        for (Decision d : decisions) {
            lines.add(new Line(d.at(), 2, "decision" + (d.rule() == null ? "" : " on " + t(d.rule())) + ": " + d.decision() + " by " + t(d.by())
                    + " on version " + d.versionSeq() + (d.note().isEmpty() ? "" : " (" + t(d.note()) + ")")));
        }
        lines.sort(Comparator.comparing(Line::at).thenComparing(Line::order));
        if (lines.isEmpty()) {
            sb.append("never checked: run 'ppcheck recheck ").append(t(v.name())).append("'\n");
        }
        lines.forEach(l -> sb.append(l.at().toString(), 0, 16).append('Z').append("  ").append(l.text()).append('\n'));
        List<Decision> open = inForce.stream().filter(Decision::needsReReview).toList();
        if (!open.isEmpty()) {
            sb.append("\nNeeds re-review:\n");
            open.forEach(d -> sb.append("  ").append(d.rule() == null ? "overall decision" : t(d.rule())).append(" (").append(d.decision())
                    .append("): ").append(d.reReview()).append('\n'));
        }
        return sb.toString();
    }

    private static String json(RegisteredVendor v, List<Version> versions, List<Evaluation> evaluations, List<Event> events,
                               List<Decision> decisions, List<Decision> inForce) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("vendor", v.name()).put("source", v.source()).put("removed", v.removedAt() == null ? null : v.removedAt().toString());
        ArrayNode vs = root.putArray("versions");
        for (int i = 0; i < versions.size(); i++) {
            Version x = versions.get(i);
            Evaluation e = evaluations.get(i);
            ObjectNode n = vs.addObject().put("version", x.seq()).put("snapshot", x.snapshot()).put("textHash", x.textHash())
                    .put("url", x.url()).put("finalUrl", x.finalUrl()).put("fetchedAt", x.fetchedAt().toString())
                    .put("recordedAt", x.recordedAt().toString());
            if (e != null) {
                n.put("score", e.score()).put("grade", e.grade()).put("rulesFingerprint", e.rulesFingerprint()).put("profiles", e.profiles());
            }
        }
        ArrayNode es = root.putArray("events");
        for (int i = events.size() - 1; i >= 0; i--) { // oldest first, as the versions
            es.add(EventJson.of(events.get(i)));
        }
        ArrayNode ds = root.putArray("decisions");
        for (Decision d : decisions) {
            Decision current = inForce.stream().filter(f -> f.id() == d.id()).findFirst().orElse(null);
            ds.addObject().put("rule", d.rule()).put("decision", d.decision()).put("by", d.by()).put("at", d.at().toString())
                    .put("note", d.note()).put("version", d.versionSeq()).put("inForce", current != null)
                    .put("reReview", current == null ? null : current.reReview());
        }
        return json.writeValueAsString(root) + "\n";
    }

    private static String t(String s) {
        return TerminalText.escape(s);
    }
}
