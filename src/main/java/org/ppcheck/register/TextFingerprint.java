package org.ppcheck.register;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ppcheck.extract.Block;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.StructuredText;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.YamlBinder;

/**
 * The hash that says whether a policy's words changed: its extracted text (page chrome is already
 * gone) with the noise of {@code noise.yaml} filtered out: tracking parameters in URLs, blocks that
 * only say when the page was generated or visited, invisible characters, compatibility forms and
 * differences of white space. Two fetches with the same hash are the same version.
 */
public final class TextFingerprint {
    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}"
            + "|(\\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?( \\d{1,2}(st|nd|rd|th)?)?,? \\d{4})";
    private static final String TIME = "\\d{1,2}:\\d{2}(:\\d{2})?( ?[ap]\\.?m\\.?)?( ?(utc|gmt|[a-z]{2,4}|[+-]\\d{2}:?\\d{2}))?";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u00AD]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Noise NOISE = YamlBinder.resource(TextFingerprint.class, "noise.yaml", TextFingerprint::bind);

    private record Noise(Set<String> trackingParameters, List<Pattern> timestampBlocks) { }

    private TextFingerprint() {
    }

    /** The fingerprint of a policy's text: "sha256:" and 64 hex digits. */
    public static String of(StructuredText text) {
        return "sha256:" + Extraction.sha256(canonical(text).getBytes(StandardCharsets.UTF_8));
    }

    /** The text that is hashed: one line per block that is not noise. */
    static String canonical(StructuredText text) {
        StringBuilder sb = new StringBuilder();
        for (Block block : text.blocks()) {
            String line = clean(text.textOf(block));
            if (!line.isEmpty() && !isTimestamp(line)) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String clean(String s) {
        String t = Normalizer.normalize(INVISIBLE.matcher(s).replaceAll(""), Normalizer.Form.NFKC);
        t = SPACE.matcher(t).replaceAll(" ").strip();
        Matcher m = URL.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(withoutTracking(m.group())));
        }
        return m.appendTail(sb).toString();
    }

    private static boolean isTimestamp(String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s.:;,-]+$", "");
        return NOISE.timestampBlocks().stream().anyMatch(p -> p.matcher(lower).matches());
    }

    /** The URL without its tracking parameters (and without a '?' left empty). */
    static String withoutTracking(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        int hash = url.indexOf('#', q);
        String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            String key = pair.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT);
            if (!pair.isEmpty() && !NOISE.trackingParameters().contains(key)) {
                kept.append(kept.length() == 0 ? "" : "&").append(pair);
            }
        }
        return url.substring(0, q) + (kept.length() == 0 ? "" : "?" + kept) + (hash < 0 ? "" : url.substring(hash));
    }

    private static Noise bind(LocatedYaml root, YamlBinder b) {
        LocatedYaml.MapNode map = b.map(root, "", List.of("tracking-parameters", "timestamp-blocks"), List.of());
        if (map == null) {
            return null;
        }
        Map<String, LocatedYaml> e = map.entries();
        List<String> params = b.texts(e.get("tracking-parameters"), "tracking-parameters");
        List<String> blocks = b.texts(e.get("timestamp-blocks"), "timestamp-blocks");
        if (params == null || blocks == null) {
            return null;
        }
        List<Pattern> patterns = blocks.stream().map(p -> Pattern.compile(p.replace("{date}", DATE).replace("{time}", TIME))).toList();
        return new Noise(Set.copyOf(params.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList()), patterns);
    }
}
