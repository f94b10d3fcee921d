package dev.werk.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report renders: one {@code werk compare -o json} result, read as a tree, and the PNG
 * charts drawn from it. Sections read numbers only from here, so the page shows nothing that
 * {@code results.json} does not hold.
 */
public final class ReportData {
    private final JsonNode root;
    private final Map<String, byte[]> charts;

    /**
     * @param root   the compare result
     * @param charts PNG files by file name (e.g. {@code wer-by-item.png}), in the order written
     */
    public ReportData(JsonNode root, Map<String, byte[]> charts) {
        this.root = root;
        this.charts = Collections.unmodifiableMap(new LinkedHashMap<>(charts));
    }

    /** The whole compare result. */
    public JsonNode root() {
        return root;
    }

    /** A field of the result, or a missing node. */
    public JsonNode get(String field) {
        JsonNode n = root.get(field);
        return n == null ? MissingNode.getInstance() : n;
    }

    /** The systems, in order. */
    public List<String> systems() {
        List<String> out = new ArrayList<>();
        for (JsonNode n : get("systems")) {
            out.add(n.asText());
        }
        return out;
    }

    /** The baseline's name. */
    public String baseline() {
        return get("baseline").asText();
    }

    /** The baseline's index in {@link #systems()}. */
    public int baselineIndex() {
        return Math.max(0, systems().indexOf(baseline()));
    }

    /** The set of that name ({@code all} included), or a missing node. */
    public JsonNode set(String name) {
        for (JsonNode s : get("sets")) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        return MissingNode.getInstance();
    }

    /** True when the result holds term analysis ({@code werk compare --terms}). */
    public boolean hasTerms() {
        return get("terms").isObject();
    }

    /** A chart's PNG bytes by file name, or null. */
    public byte[] chart(String file) {
        return charts.get(file);
    }

    /** Every chart, by file name. */
    public Map<String, byte[]> charts() {
        return charts;
    }

    /** The first element of {@code array} whose {@code field} equals {@code value}, or a missing node. */
    public static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        return MissingNode.getInstance();
    }
}
