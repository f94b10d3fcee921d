package dev.werk.reports.html;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode root;
    private final AlignmentData alignments;
    private final Map<String, byte[]> charts;

    private ReportData(JsonNode root, AlignmentData alignments, Map<String, byte[]> charts) {
        this.root = root;
        this.alignments = alignments;
        this.charts = Collections.unmodifiableMap(new LinkedHashMap<>(charts));
    }

    /**
     * Reads a compare result: every field as a tree except {@code alignments}, which is read as a
     * stream into the page's compact form.
     *
     * @throws JsonProcessingException when the bytes are not one JSON object
     */
    public static ReportData parse(byte[] json) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        AlignmentData alignments = AlignmentData.none();
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "expected one JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                if (f.equals("alignments") && t == JsonToken.START_ARRAY) {
                    alignments = AlignmentData.read(p);
                } else {
                    root.set(f, MAPPER.readTree(p));
                }
            }
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "text after the JSON object");
            }
        }
        return new ReportData(root, alignments, Map.of());
    }

    /** This result with the charts drawn from it. */
    public ReportData withCharts(Map<String, byte[]> charts) {
        return new ReportData(root, alignments, charts);
    }

    /** The alignments in the page's compact form (empty when the result holds none). */
    AlignmentData alignments() {
        return alignments;
    }

    /** The compare result, without {@code alignments} (see {@link #alignments()}). */
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
