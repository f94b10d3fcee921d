package dev.werk.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.werk.core.text.Whitespace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Amazon Transcribe output, in either of its two layouts; the whole file is one utterance whose id
 * is the file's base name. Punctuation items are not words and stay out of the text.
 *
 * <ul>
 *   <li>Standard batch output: {@code results.items[]}, each with {@code type}
 *       ({@code pronunciation} or {@code punctuation}), {@code alternatives[0].content} and
 *       {@code .confidence}, {@code start_time} and {@code end_time} in seconds (JSON strings), and
 *       an optional {@code speaker_label}.</li>
 *   <li>Call Analytics output: {@code Transcript[]} segments with an optional
 *       {@code ParticipantRole} (kept as each word's speaker) and {@code Items[]} having
 *       {@code Type}, {@code Content}, {@code Confidence} (for redacted {@code [PII]} items in
 *       {@code Redaction[0].Confidence}), {@code BeginOffsetMillis} and {@code EndOffsetMillis}.</li>
 * </ul>
 *
 * Anything else is a data error naming the JSON path of what is missing or wrong.
 */
final class TranscribeJsonParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TranscribeJsonParser() {
    }

    static Transcript parse(String text, Path source) {
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                root = MAPPER.readTree(parser);
            } catch (JsonProcessingException e) {
                throw new WerkDataException(source, line(e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
            }
            trailing(parser, source);
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory", e);
        }
        List<TimedWord> words = new ArrayList<>();
        if (root != null && root.isObject() && root.has("results")) {
            batch(root.get("results"), source, words);
        } else if (root != null && root.isObject() && root.has("Transcript")) {
            callAnalytics(root.get("Transcript"), source, words);
        } else {
            throw new WerkDataException(source, 0, "not an Amazon Transcribe output: expected 'results.items' "
                    + "(standard batch output) or 'Transcript' (Call Analytics output) at the top level");
        }
        List<String> tokens = new ArrayList<>(words.size());
        for (TimedWord w : words) {
            tokens.add(w.word());
        }
        Utterance u = new Utterance(FileNames.baseName(source), 0, String.join(" ", tokens), words);
        return new Transcript(source, TranscriptFormat.TRANSCRIBE, List.of(u));
    }

    /** Anything after the one JSON value (garbage, a second document) is refused, not ignored. */
    private static void trailing(JsonParser parser, Path source) throws IOException {
        JsonLocation at = parser.currentLocation();
        try {
            if (parser.nextToken() == null) {
                return;
            }
            at = parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            at = e.getLocation() == null ? at : e.getLocation();
        }
        throw new WerkDataException(source, line(at), "content after the end of the JSON document; "
                + "a Transcribe file holds one JSON object");
    }

    private static long line(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static void batch(JsonNode results, Path source, List<TimedWord> out) {
        JsonNode items = array(results, "items", "results", source);
        for (int k = 0; k < items.size(); k++) {
            String path = "results.items[" + k + "]";
            JsonNode item = object(items.get(k), path, source);
            boolean word = isWord(text(item, "type", path, source), path + ".type", source);
            JsonNode alternatives = array(item, "alternatives", path, source);
            if (alternatives.isEmpty()) {
                throw WerkDataException.atJsonPath(source, path + ".alternatives", "is empty; expected at least one alternative");
            }
            String altPath = path + ".alternatives[0]";
            JsonNode best = object(alternatives.get(0), altPath, source);
            String content = text(best, "content", altPath, source);
            if (!word) {
                continue;
            }
            double confidence = confidence(best.get("confidence"), altPath + ".confidence", source);
            double start = number(item.get("start_time"), path + ".start_time", source, 1);
            double end = number(item.get("end_time"), path + ".end_time", source, 1);
            String speaker = item.hasNonNull("speaker_label") ? item.get("speaker_label").asText() : null;
            addWords(content, start, end, confidence, speaker, out);
        }
    }

    private static void callAnalytics(JsonNode transcript, Path source, List<TimedWord> out) {
        if (!transcript.isArray()) {
            throw WerkDataException.atJsonPath(source, "Transcript", "is not an array of segments");
        }
        for (int s = 0; s < transcript.size(); s++) {
            String segPath = "Transcript[" + s + "]";
            JsonNode segment = object(transcript.get(s), segPath, source);
            String role = segment.hasNonNull("ParticipantRole") ? segment.get("ParticipantRole").asText() : null;
            JsonNode items = array(segment, "Items", segPath, source);
            for (int k = 0; k < items.size(); k++) {
                String path = segPath + ".Items[" + k + "]";
                JsonNode item = object(items.get(k), path, source);
                boolean word = isWord(text(item, "Type", path, source), path + ".Type", source);
                String content = text(item, "Content", path, source);
                if (!word) {
                    continue;
                }
                JsonNode conf = item.get("Confidence");
                String confPath = path + ".Confidence";
                if (conf == null && item.path("Redaction").path(0).has("Confidence")) {
                    conf = item.path("Redaction").path(0).get("Confidence");
                    confPath = path + ".Redaction[0].Confidence";
                }
                double confidence = confidence(conf, confPath, source);
                double start = number(item.get("BeginOffsetMillis"), path + ".BeginOffsetMillis", source, 1000);
                double end = number(item.get("EndOffsetMillis"), path + ".EndOffsetMillis", source, 1000);
                addWords(content, start, end, confidence, role, out);
            }
        }
    }

    private static void addWords(String content, double start, double end, double confidence, String speaker,
                                 List<TimedWord> out) {
        for (String piece : TextLines.fields(content)) {
            out.add(new TimedWord(piece, start, end, confidence, speaker));
        }
    }

    private static boolean isWord(String type, String path, Path source) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "pronunciation" -> true;
            case "punctuation" -> false;
            default -> throw WerkDataException.atJsonPath(source, path, "is '" + type
                    + "'; expected 'pronunciation' or 'punctuation'");
        };
    }

    private static JsonNode object(JsonNode node, String path, Path source) {
        if (node == null || !node.isObject()) {
            throw WerkDataException.atJsonPath(source, path, "is not a JSON object");
        }
        return node;
    }

    private static JsonNode array(JsonNode parent, String field, String path, Path source) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw WerkDataException.atJsonPath(source, path + "." + field, "is missing; expected an array");
        }
        if (!node.isArray()) {
            throw WerkDataException.atJsonPath(source, path + "." + field, "is not an array");
        }
        return node;
    }

    private static String text(JsonNode parent, String field, String path, Path source) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw WerkDataException.atJsonPath(source, path + "." + field, "is missing");
        }
        if (!node.isTextual()) {
            throw WerkDataException.atJsonPath(source, path + "." + field, "is not a string");
        }
        return node.asText();
    }

    /**
     * A number given as a JSON number or a numeric string, divided by {@code scale}; NaN when
     * absent. One too large for a double ({@code 1e400}) is bad data.
     */
    private static double number(JsonNode node, String path, Path source, double scale) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        double v;
        if (node.isNumber()) {
            v = node.asDouble();
        } else if (node.isTextual()) {
            try {
                v = Double.parseDouble(Whitespace.strip(node.asText()));
            } catch (NumberFormatException e) {
                throw WerkDataException.atJsonPath(source, path, "'" + node.asText() + "' is not a number");
            }
            if (Double.isNaN(v)) {
                throw WerkDataException.atJsonPath(source, path, "'" + node.asText() + "' is not a number");
            }
        } else {
            throw WerkDataException.atJsonPath(source, path, "is not a number");
        }
        if (Double.isInfinite(v)) {
            throw WerkDataException.atJsonPath(source, path, "'" + node.asText() + "' is too large (beyond "
                    + Double.MAX_VALUE + ")");
        }
        return v / scale;
    }

    /** A confidence, which must lie in [0, 1] when given. */
    private static double confidence(JsonNode node, String path, Path source) {
        double c = number(node, path, source, 1);
        if (!Double.isNaN(c) && !(c >= 0 && c <= 1)) {
            throw WerkDataException.atJsonPath(source, path, node.asText() + " is outside [0, 1]");
        }
        return c;
    }
}
