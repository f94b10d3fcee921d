package dev.werk.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.werk.core.text.Whitespace;
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
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new WerkDataException(source, line, "not valid JSON: " + e.getOriginalMessage());
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

    private static void batch(JsonNode results, Path source, List<TimedWord> out) {
        JsonNode items = array(results, "items", "results", source);
        for (int k = 0; k < items.size(); k++) {
            String path = "results.items[" + k + "]";
            JsonNode item = object(items.get(k), path, source);
            boolean word = isWord(text(item, "type", path, source), path + ".type", source);
            JsonNode alternatives = array(item, "alternatives", path, source);
            if (alternatives.isEmpty()) {
                throw new WerkDataException(source, 0, path + ".alternatives is empty; expected at least one alternative");
            }
            String altPath = path + ".alternatives[0]";
            JsonNode best = object(alternatives.get(0), altPath, source);
            String content = text(best, "content", altPath, source);
            if (!word) {
                continue;
            }
            double confidence = number(best.get("confidence"), altPath + ".confidence", source, 1);
            double start = number(item.get("start_time"), path + ".start_time", source, 1);
            double end = number(item.get("end_time"), path + ".end_time", source, 1);
            String speaker = item.hasNonNull("speaker_label") ? item.get("speaker_label").asText() : null;
            addWords(content, start, end, confidence, speaker, out);
        }
    }

    private static void callAnalytics(JsonNode transcript, Path source, List<TimedWord> out) {
        if (!transcript.isArray()) {
            throw new WerkDataException(source, 0, "Transcript is not an array of segments");
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
                double confidence = number(conf, confPath, source, 1);
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
            default -> throw new WerkDataException(source, 0, path + " is '" + type
                    + "'; expected 'pronunciation' or 'punctuation'");
        };
    }

    private static JsonNode object(JsonNode node, String path, Path source) {
        if (node == null || !node.isObject()) {
            throw new WerkDataException(source, 0, path + " is not a JSON object");
        }
        return node;
    }

    private static JsonNode array(JsonNode parent, String field, String path, Path source) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new WerkDataException(source, 0, path + "." + field + " is missing; expected an array");
        }
        if (!node.isArray()) {
            throw new WerkDataException(source, 0, path + "." + field + " is not an array");
        }
        return node;
    }

    private static String text(JsonNode parent, String field, String path, Path source) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new WerkDataException(source, 0, path + "." + field + " is missing");
        }
        if (!node.isTextual()) {
            throw new WerkDataException(source, 0, path + "." + field + " is not a string");
        }
        return node.asText();
    }

    /** A number given as a JSON number or a numeric string, divided by {@code scale}; NaN when absent. */
    private static double number(JsonNode node, String path, Path source, double scale) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            return node.asDouble() / scale;
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(Whitespace.strip(node.asText())) / scale;
            } catch (NumberFormatException e) {
                throw new WerkDataException(source, 0, path + " '" + node.asText() + "' is not a number");
            }
        }
        throw new WerkDataException(source, 0, path + " is not a number");
    }
}
