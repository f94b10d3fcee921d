package dev.werk.core.fstalign;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An fstalign normalization file ({@code <call>.norm.json}, fstalign's {@code --ref-json}): per
 * entity id, the accepted verbalizations of the reference span tagged with that id, and the
 * entity's class.
 *
 * <pre>{@code {"0": {"candidates": [{"probability": 0.87, "verbalization": ["twenty", "twenty"]}, ...],
 *         "class": "YEAR"}}}</pre>
 *
 * <p>Checked where read: the file must be a JSON object of objects; {@code candidates} an array of
 * objects whose {@code verbalization} is an array of words (strings holding at least one
 * non-space character). An empty {@code verbalization} ({@code []}) is allowed: it is fstalign's
 * way to let the span be left out at no cost (fstalign's own test {@code syn_7} and 59 FALLBACK
 * entries of Earnings-21 use it). Other fields are ignored, as fstalign ignores them.
 */
public final class Normalizations {
    /** No file: every entity keeps only its own tokens. */
    public static final Normalizations NONE = new Normalizations(null, Map.of(), Map.of(), Map.of());

    private final Path file;
    private final Map<String, List<Candidate>> candidates;
    private final Map<String, String> classes;
    private final Map<String, Integer> lines;

    /** One verbalization and its probability (0 when the file gives none). */
    record Candidate(List<String> words, double probability) {
        Candidate {
            words = List.copyOf(words);
        }
    }

    private Normalizations(Path file, Map<String, List<Candidate>> candidates, Map<String, String> classes,
                           Map<String, Integer> lines) {
        this.file = file;
        this.candidates = candidates;
        this.classes = classes;
        this.lines = lines;
    }

    /**
     * Reads a normalization file.
     *
     * @throws dev.werk.core.io.WerkDataException naming the file, line and JSON path when it is not
     *                                            JSON or not shaped as above
     */
    public static Normalizations read(Path file) throws IOException {
        Map<String, List<Candidate>> all = new LinkedHashMap<>();
        Map<String, String> classes = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        JsonFiles.readObject(file, (id, p) -> {
            String path = JsonFiles.path(id);
            lines.put(id, p.currentLocation().getLineNr());
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonFiles.error(file, p, path, "expected an object with 'candidates'");
            }
            List<Candidate> list = new ArrayList<>();
            boolean sawCandidates = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("candidates")) {
                    sawCandidates = true;
                    if (v != JsonToken.START_ARRAY) {
                        throw JsonFiles.error(file, p, path + ".candidates", "expected an array of candidates");
                    }
                    int k = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(candidate(file, p, path + ".candidates[" + k + "]"));
                        k++;
                    }
                } else if (field.equals("class")) {
                    if (v != JsonToken.VALUE_STRING) {
                        throw JsonFiles.error(file, p, path + ".class", "expected a string");
                    }
                    classes.put(id, p.getText());
                } else {
                    p.skipChildren();
                }
            }
            if (!sawCandidates) {
                throw JsonFiles.error(file, p, path, "no 'candidates' array");
            }
            all.put(id, Collections.unmodifiableList(list));
        });
        return new Normalizations(file, Collections.unmodifiableMap(all), Collections.unmodifiableMap(classes),
                Collections.unmodifiableMap(lines));
    }

    private static Candidate candidate(Path file, JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonFiles.error(file, p, path, "expected an object with 'verbalization'");
        }
        List<String> words = null;
        double probability = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (field.equals("verbalization")) {
                if (v != JsonToken.START_ARRAY) {
                    throw JsonFiles.error(file, p, path + ".verbalization", "expected an array of words");
                }
                words = new ArrayList<>();
                int k = 0;
                for (JsonToken w = p.nextToken(); w != JsonToken.END_ARRAY; w = p.nextToken()) {
                    String at = path + ".verbalization[" + k + "]";
                    if (w != JsonToken.VALUE_STRING) {
                        throw JsonFiles.error(file, p, at, "expected a word (a string)");
                    }
                    String word = NlpReference.trim(p.getText());
                    if (word.isBlank()) {
                        throw JsonFiles.error(file, p, at, "a candidate word with no characters");
                    }
                    words.add(word);
                    k++;
                }
            } else if (field.equals("probability")) {
                if (!v.isNumeric()) {
                    throw JsonFiles.error(file, p, path + ".probability", "expected a number");
                }
                probability = p.getDoubleValue();
            } else {
                p.skipChildren();
            }
        }
        if (words == null) {
            throw JsonFiles.error(file, p, path, "a candidate with no 'verbalization' (no words)");
        }
        return new Candidate(words, probability);
    }

    /** Normalizations of the given candidates and classes (tests). */
    static Normalizations of(Map<String, List<Candidate>> candidates, Map<String, String> classes) {
        return new Normalizations(null, Map.copyOf(candidates), Map.copyOf(classes), Map.of());
    }

    /** The file read, or null for {@link #NONE}. */
    public Path file() {
        return file;
    }

    /** The ids the file defines, in file order. */
    public Set<String> ids() {
        return candidates.keySet();
    }

    /** The candidates of {@code id}, empty when the file does not name it. */
    List<Candidate> candidates(String id) {
        return candidates.getOrDefault(id, List.of());
    }

    /** The class the file gives {@code id}, or null. */
    public String classOf(String id) {
        return classes.get(id);
    }

    /** The line where {@code id} is defined, or 0. */
    int lineOf(String id) {
        return lines.getOrDefault(id, 0);
    }
}
