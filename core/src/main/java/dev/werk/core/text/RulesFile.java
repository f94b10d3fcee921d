package dev.werk.core.text;

import dev.werk.core.io.TextDecoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * An ordered list of substitution rules read from a UTF-8 text file, one rule a line:
 *
 * <pre>
 * # a comment: lines whose first non-blank character is '#', and blank lines, are skipped
 * colour =&gt; color                   whole words: "colour" as a word, never inside "colours"
 * new york city =&gt; nyc              several words in a row
 * um =&gt;                             nothing after "=&gt;": the words are deleted
 * regex: \b(\w+)ise\b =&gt; $1ize      java.util.regex syntax (Unicode classes on); $1 is group 1
 * regex: "\b're\b" =&gt; " am"         double quotes keep spaces (or a "=&gt;") as written
 * </pre>
 *
 * <p>A word is a run of non-space characters, as werk aligns them; matching is exact and
 * case-sensitive, so rules usually follow a {@code lowercase} step. Rules run in file order, each
 * over the output of the previous one; each replaces every non-overlapping match, left to right.
 * A quoted side runs to the next double quote (it cannot contain one). Anything else is an error:
 * {@link #parse} throws a {@link RulesFormatException} naming the source and line.
 *
 * <p>Immutable; add it to a pipeline with {@link TextNormalizer.Builder#rules(RulesFile)}.
 */
public final class RulesFile {
    private final String sourceName;
    private final List<SubstitutionRule> rules;
    private final String fingerprint;

    private RulesFile(String sourceName, List<SubstitutionRule> rules) {
        this.sourceName = sourceName;
        this.rules = List.copyOf(rules);
        this.fingerprint = fingerprint(this.rules);
    }

    /**
     * Reads and parses the rules in {@code path} (UTF-8). The source name is the file's name
     * without its directory, so pipeline names do not depend on where the file lies.
     *
     * @throws IOException if the file cannot be read
     * @throws RulesFormatException if a line is not a rule, comment or blank
     * @throws dev.werk.core.io.WerkDataException if the file is not UTF-8 text (naming the path and line)
     */
    public static RulesFile parse(Path path) throws IOException {
        List<String> lines = TextDecoding.utf8(Files.readAllBytes(path), path).lines().toList();
        Path name = path.getFileName();
        return parse(lines, name == null ? path.toString() : name.toString());
    }

    /**
     * Parses rules from lines already read; {@code sourceName} is used in error messages and in
     * the pipeline's name.
     *
     * @throws RulesFormatException if a line is not a rule, comment or blank
     */
    public static RulesFile parse(List<String> lines, String sourceName) {
        return new RulesFile(sourceName, RulesParser.parse(lines, sourceName));
    }

    /** The name given to {@link #parse(List, String)}, or the file's name. */
    public String sourceName() {
        return sourceName;
    }

    /** The number of rules (comments and blank lines not counted). */
    public int size() {
        return rules.size();
    }

    /**
     * The first 8 hex digits of a SHA-256 over the rules (not over comments or spacing), so two
     * files with the same name but different rules give pipelines different names.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** Applies every rule in order. */
    String apply(String text) {
        String s = text;
        for (SubstitutionRule rule : rules) {
            s = rule.apply(s);
        }
        return s;
    }

    /** True when a rule replaces whole words (not only regexes). */
    boolean readsWords() {
        for (SubstitutionRule rule : rules) {
            if (rule instanceof SubstitutionRule.Words) {
                return true;
            }
        }
        return false;
    }

    /** Applies every rule in order, keeping offsets; records each word rule's words in {@code read}. */
    MappedText apply(MappedText in, NormalizedText.Words read) {
        MappedText m = in;
        for (SubstitutionRule rule : rules) {
            m = rule.apply(m);
            if (read != null && rule instanceof SubstitutionRule.Words) {
                read.add(m);
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return sourceName + "@" + fingerprint;
    }

    private static String fingerprint(List<SubstitutionRule> rules) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SubstitutionRule rule : rules) {
                sha.update((rule.canonical() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            byte[] digest = sha.digest();
            StringBuilder hex = new StringBuilder(8);
            for (int k = 0; k < 4; k++) {
                hex.append(Character.forDigit((digest[k] >> 4) & 0xF, 16));
                hex.append(Character.forDigit(digest[k] & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
