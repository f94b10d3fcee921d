package dev.werk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the lines of a rules file (format in {@link RulesFile}). */
final class RulesParser {
    static final String REGEX_PREFIX = "regex:";
    static final String ARROW = "=>";

    private final String sourceName;
    private final int lineNumber;
    private final String line;
    private int pos;

    private RulesParser(String sourceName, int lineNumber, String line) {
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
        this.line = line;
    }

    static List<SubstitutionRule> parse(List<String> lines, String sourceName) {
        List<SubstitutionRule> rules = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String trimmed = new Strip().apply(lines.get(k));
            if (trimmed.isEmpty() || trimmed.charAt(0) == '#') {
                continue;
            }
            rules.add(new RulesParser(sourceName, k + 1, trimmed).rule());
        }
        return rules;
    }

    private SubstitutionRule rule() {
        boolean regex = line.startsWith(REGEX_PREFIX);
        pos = regex ? REGEX_PREFIX.length() : 0;
        String from = side(true);
        skipSpaces();
        if (!line.startsWith(ARROW, pos)) {
            throw error("expected 'from => to'");
        }
        pos += ARROW.length();
        String to = side(false);
        if (from.isEmpty()) {
            throw error("nothing to replace before '=>'");
        }
        return regex ? regexRule(from, to) : wordRule(from, to);
    }

    /** Reads one side: a quoted string, or bare text up to "=>" (left) or the end (right). */
    private String side(boolean left) {
        skipSpaces();
        if (pos < line.length() && line.charAt(pos) == '"') {
            int close = line.indexOf('"', pos + 1);
            if (close < 0) {
                throw error("unclosed double quote");
            }
            String text = line.substring(pos + 1, close);
            pos = close + 1;
            if (!left) {
                skipSpaces();
                if (pos < line.length()) {
                    throw error("unexpected text after the closing quote");
                }
            }
            return text;
        }
        int end = left ? line.indexOf(ARROW, pos) : line.length();
        if (end < 0) {
            throw error("expected 'from => to'");
        }
        String text = new Strip().apply(line.substring(pos, end));
        if (!left && text.contains(ARROW)) {
            throw error("more than one '=>' (quote a side that contains '=>')");
        }
        pos = end;
        return text;
    }

    private SubstitutionRule wordRule(String from, String to) {
        return new SubstitutionRule.Words(Chars.words(from), Chars.words(to));
    }

    private SubstitutionRule regexRule(String from, String to) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(from, Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw error("bad regex (" + e.getDescription() + " near index " + e.getIndex() + ")");
        }
        checkReplacement(pattern, to);
        return new SubstitutionRule.Regex(pattern, to);
    }

    /** Rejects replacements that Matcher would reject only when a match is found. */
    private void checkReplacement(Pattern pattern, String to) {
        int groups = pattern.matcher("").groupCount();
        for (int k = 0; k < to.length(); k++) {
            char c = to.charAt(k);
            if (c == '\\') {
                if (++k == to.length()) {
                    throw error("replacement ends with a lone backslash");
                }
            } else if (c == '$') {
                if (k + 1 == to.length()) {
                    throw error("replacement ends with a lone '$' (write \\$ for a dollar sign)");
                }
                char next = to.charAt(k + 1);
                if (next == '{') {
                    int close = to.indexOf('}', k + 2);
                    String group = close < 0 ? "" : to.substring(k + 2, close);
                    if (close < 0 || !pattern.pattern().contains("(?<" + group + ">")) {
                        throw error("replacement names a group the regex does not have");
                    }
                    k = close;
                } else if (next >= '0' && next <= '9') {
                    if (next - '0' > groups) {
                        throw error("replacement refers to group " + next + " but the regex has " + groups);
                    }
                } else {
                    throw error("'$' in a replacement must be followed by a group (write \\$ for a dollar sign)");
                }
            }
        }
    }

    private void skipSpaces() {
        while (pos < line.length() && Chars.isSpace(line.charAt(pos))) {
            pos++;
        }
    }

    private RulesFormatException error(String problem) {
        return new RulesFormatException(sourceName, lineNumber, problem, line);
    }
}
