package dev.werk.core.fstalign;

import dev.werk.core.io.WerkDataException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * fstalign's synonym rules ({@code docs/Synonyms-Format.md}, {@code SynonymEngine.cpp}): one rule a
 * line, {@code LHS | RHS}, where LHS is the words to find in the reference and RHS a
 * {@code ;}-separated list of word sequences accepted in their place. Lines are trimmed; empty
 * lines and lines starting with {@code #} are skipped; words are split at spaces (runs of spaces
 * count once). A second rule for the same LHS is ignored, as fstalign ignores it (with a warning).
 * Rules apply to the reference only and are not symmetric: {@code a | b} lets the reference's
 * {@code a} match a hypothesis {@code b}, not the other way round.
 *
 * <p>Stricter than fstalign, which skips a malformed line with a warning: a line that is not
 * exactly two non-empty parts around one {@code |}, or whose RHS has no word, is an error.
 */
public final class SynonymRules {
    /** No rules. */
    public static final SynonymRules NONE = new SynonymRules(null, Map.of());

    private final Path file;
    private final Map<List<String>, List<List<String>>> rules;

    private SynonymRules(Path file, Map<List<String>, List<List<String>>> rules) {
        this.file = file;
        this.rules = rules;
    }

    /**
     * Reads a rules file.
     *
     * @throws WerkDataException naming the file and line of a line that does not parse
     */
    public static SynonymRules read(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new WerkDataException(file, 0, "not valid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(NlpReference.lines(text), file);
    }

    /** Parses rule lines; {@code source} names them in errors (may be null). */
    public static SynonymRules parse(List<String> lines, Path source) {
        Map<List<String>, List<List<String>>> rules = new LinkedHashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> parts = split(line, '|');
            if (parts.size() != 2) {
                throw new WerkDataException(source, k + 1, "a synonym rule is 'words | alternative ; alternative', with one '|'"
                        + " (found " + parts.size() + " part" + (parts.size() == 1 ? "" : "s") + "): '" + line + "'");
            }
            List<String> lhs = words(parts.get(0));
            if (lhs.isEmpty()) {
                throw new WerkDataException(source, k + 1, "a synonym rule needs words before '|': '" + line + "'");
            }
            List<List<String>> rhs = new ArrayList<>();
            for (String alternative : split(parts.get(1), ';')) {
                List<String> w = words(alternative);
                if (!w.isEmpty()) {
                    rhs.add(List.copyOf(w));
                }
            }
            if (rhs.isEmpty()) {
                throw new WerkDataException(source, k + 1, "a synonym rule needs words after '|': '" + line + "'");
            }
            rules.putIfAbsent(List.copyOf(lhs), List.copyOf(rhs));
        }
        return new SynonymRules(source, Collections.unmodifiableMap(rules));
    }

    /** The file read, or null. */
    public Path file() {
        return file;
    }

    /** Number of rules. */
    public int size() {
        return rules.size();
    }

    Map<List<String>, List<List<String>>> rules() {
        return rules;
    }

    /**
     * These rules plus those fstalign derives from the words present ({@code
     * GenerateSynFromSymbolTable}), each added only when no rule has its LHS yet, in the order of
     * {@code words}: a word whose first hyphen is its last character ({@code the-}) gets the rule
     * {@code the- | the} unless {@code cutoffs} is false; any other hyphenated word gets
     * {@code best-ever | best ever} and {@code best ever | best-ever} unless {@code hyphens} is false
     * (split at hyphens, empty parts dropped).
     */
    SynonymRules withGenerated(Iterable<String> words, boolean cutoffs, boolean hyphens) {
        if (!cutoffs && !hyphens) {
            return this;
        }
        Map<List<String>, List<List<String>>> all = new LinkedHashMap<>(rules);
        for (String w : words) {
            int hyphen = w.indexOf('-');
            if (hyphen < 0) {
                continue;
            }
            if (hyphen == w.length() - 1) {
                if (cutoffs && w.length() > 1) {
                    all.putIfAbsent(List.of(w), List.of(List.of(w.substring(0, w.length() - 1))));
                }
            } else if (hyphens) {
                List<String> parts = split(w, '-');
                if (parts.isEmpty()) {
                    continue;
                }
                List<String> whole = List.of(w);
                all.putIfAbsent(whole, List.of(List.copyOf(parts)));
                all.putIfAbsent(List.copyOf(parts), List.of(whole));
            }
        }
        return new SynonymRules(file, all);
    }

    /** Splits at {@code sep}, trimming each part and dropping empty ones (strtk's compress_delimiters). */
    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= s.length(); k++) {
            if (k == s.length() || s.charAt(k) == sep) {
                String part = s.substring(start, k).strip();
                if (!part.isEmpty()) {
                    out.add(part);
                }
                start = k + 1;
            }
        }
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("[ \\t]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
