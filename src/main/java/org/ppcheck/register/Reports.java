package org.ppcheck.register;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ppcheck.extract.Extraction;
import org.ppcheck.report.Report;

/**
 * How the register stores a report: its JSON, gzip-compressed (a tenth of the size), and its digest:
 * each rule's status and a short hash of its evidence, which is all that deciding whether a
 * reviewer's decision needs re-review has to read.
 */
final class Reports {
    static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {
    }

    static byte[] write(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            JSON.writeValue(gz, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    static Report read(byte[] gzip) throws RegisterException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return JSON.readValue(in, Report.class);
        } catch (IOException e) {
            throw new RegisterException("a report stored in the register cannot be read (" + e.getMessage() + "); run 'ppcheck recheck --rescore'", e);
        }
    }

    /** Each rule's {@code status} and the hash of its evidence, as "fail:1a2b3c4d5e6f7a8b", keyed by rule id. */
    static Map<String, String> digest(Report report) {
        Map<String, String> d = new LinkedHashMap<>();
        for (Report.Finding f : report.findings()) {
            StringBuilder evidence = new StringBuilder();
            f.evidence().forEach(e -> evidence.append(e.text()).append('\n'));
            d.put(f.rule(), f.status() + ":" + Extraction.sha256(evidence.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16));
        }
        return d;
    }

    static String digestJson(Report report) {
        try {
            return JSON.writeValueAsString(digest(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> digest(String json) throws RegisterException {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            throw new RegisterException("a digest stored in the register cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** What changed between what a rule decision saw and what its rule shows now, in words; null when nothing did. */
    static String ruleChange(String seen, String now) {
        if (seen.equals(now)) {
            return null;
        }
        if (now == null) {
            return "the rule is no longer evaluated";
        }
        String was = seen.substring(0, seen.indexOf(':'));
        String is = now.substring(0, now.indexOf(':'));
        return was.equals(is) ? "its evidence changed" : "status was " + was.replace('_', ' ') + ", now " + is.replace('_', ' ');
    }
}
