package dev.werk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code whisper-numbers}: Whisper's EnglishNumberNormalizer. Spelled-out numbers become digits
 * ({@code nineteen ninety nine} → {@code 1999}, {@code thirty first} → {@code 31st}, {@code two
 * point five million} → {@code 2500000}), currency words become signs in front ({@code twenty
 * dollars} → {@code $20}), {@code percent} and {@code per cent} become {@code %}, and digits are
 * split from letters ({@code 10km} → {@code 10 km}) except ordinal and plural suffixes.
 *
 * <p>The steps, all Whisper's: pre-processing ({@code <n> and a half} → {@code <n> point five},
 * letter/digit splitting), {@link SpelledNumbers} over the words, then post-processing (cents
 * combined as in {@code $2.70}, {@code $0.36} → {@code ¢36}, a lone {@code 1} written {@code one}).
 */
final class WhisperNumbers implements Step {
    static final String NAME = "whisper-numbers";
    private static final Pattern AND_A_HALF = PyRegex.compile("\\band\\s+a\\s+half\\b");
    private static final Pattern LETTER_DIGIT = PyRegex.compile("([a-z])([0-9])");
    private static final Pattern DIGIT_LETTER = PyRegex.compile("([0-9])([a-z])");
    private static final Pattern DIGIT_SUFFIX = PyRegex.compile("([0-9])\\s+(st|nd|rd|th|s)\\b");
    private static final Pattern CENTS = PyRegex.compile("([€£$])([0-9]+) (?:and )?¢([0-9]{1,2})\\b");
    private static final Pattern ONLY_CENTS = PyRegex.compile("[€£$]0.([0-9]{1,2})\\b");
    private static final Pattern ONE = PyRegex.compile("\\b1(s?)\\b");
    /** {@link #AND_A_HALF} without its word boundaries, to find the occurrences they refuse. */
    private static final Pattern AND_A_HALF_ANYWHERE = PyRegex.compile("and\\s+a\\s+half");
    private static final MappedRegex.Template SPLIT = MappedRegex.Template.parse("$1 $2", LETTER_DIGIT);
    private static final MappedRegex.Template JOIN = MappedRegex.Template.parse("$1$2", DIGIT_SUFFIX);
    private static final MappedRegex.Template ONE_WORD = MappedRegex.Template.parse("one$1", ONE);

    @Override
    public boolean readsWords() {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        String s = preprocess(text);
        s = String.join(" ", SpelledNumbers.process(Chars.words(s)));
        return postprocess(s);
    }

    /**
     * As {@link #apply(String)}; each output word of the number parser comes from the input words
     * it read ({@code twenty five} for {@code 25}, {@code five dollars} for {@code $5}).
     */
    @Override
    public MappedText apply(MappedText in) {
        MappedText m = preprocess(in);
        WordSpans spans = WordSpans.of(m.text);
        List<String> words = new ArrayList<>(spans.size());
        for (int w = 0; w < spans.size(); w++) {
            Span span = spans.word(w);
            words.add(m.text.substring(span.start(), span.end()));
        }
        List<Long> sources = new ArrayList<>();
        List<String> out = SpelledNumbers.process(words, sources);
        MappedText.Builder b = new MappedText.Builder(m);
        for (int k = 0; k < out.size(); k++) {
            int from = (int) (sources.get(k) >>> 32);
            int to = (int) (long) sources.get(k);
            int start = spans.word(from).start();
            int end = spans.word(to - 1).end();
            b.separator(from > 0 ? spans.word(from - 1).end() : 0, start);
            if (to - from == 1 && out.get(k).equals(words.get(from))) {
                b.copy(start, end);
            } else {
                b.emit(out.get(k), start, end);
            }
        }
        return postprocess(b.build());
    }

    static MappedText preprocess(MappedText in) {
        MappedText m = in.text.contains("half") ? andAHalf(in) : in;
        if (!hasAsciiDigit(m.text)) {
            return m;
        }
        m = MappedRegex.replaceAll(LETTER_DIGIT, SPLIT, m, true);
        m = MappedRegex.replaceAll(DIGIT_LETTER, SPLIT, m, true);
        return MappedRegex.replaceAll(DIGIT_SUFFIX, JOIN, m, true);
    }

    /**
     * {@link #andAHalf(String)} with offsets. Whether an {@code and a half} survives depends on
     * the words before it (after nothing it is dropped): what replaces it comes from the last word
     * before it too, a kept {@code and a half} is also tied to the token before that word, and a
     * dropped one must be taken whole. An occurrence refused for a word character beside it
     * ({@code 5and a half}) is glued to its neighbours, which a later step may cut off.
     */
    private static MappedText andAHalf(MappedText in) {
        String s = in.text;
        MappedText.Builder b = new MappedText.Builder(in);
        Matcher any = AND_A_HALF_ANYWHERE.matcher(s);
        while (any.find()) {
            int from = any.start();
            int to = any.end();
            if (Chars.isWordBefore(s, from) || Chars.isWordAt(s, to)) {
                while (Chars.isWordBefore(s, from)) {
                    from -= Character.charCount(s.codePointBefore(from));
                }
                while (Chars.isWordAt(s, to)) {
                    to += Character.charCount(s.codePointAt(to));
                }
                b.glue(from, to);
            }
        }
        Matcher m = AND_A_HALF.matcher(s);
        boolean first = true;
        int segment = 0;
        while (true) {
            boolean found = m.find();
            int segmentEnd = found ? m.start() : s.length();
            WordSpans words = WordSpans.of(s.substring(segment, segmentEnd));
            if (words.size() == 0 && found) {
                // dropped with the empty text before it: what touches it must take it whole
                b.glue(m.start(), Math.min(m.end() + 1, s.length())).atomic(m.start(), m.end());
            }
            if (words.size() > 0) {
                if (!first) {
                    b.separator();
                }
                first = false;
                b.copy(segment, segmentEnd);
                if (found) {
                    int lastWord = segment + words.word(words.size() - 1).start();
                    String last = s.substring(lastWord, segment + words.word(words.size() - 1).end());
                    boolean numeric = NumberWords.DECIMALS.contains(last) || NumberWords.MULTIPLIERS.containsKey(last);
                    if (numeric) {
                        b.separator().emit("point five", lastWord, m.end());
                    } else {
                        // kept only after a word: it comes from that word too, and since the number
                        // parser may still drop that word, it is tied to the token before it
                        b.separator().emit("and a half", lastWord, m.end()).link(lastWord);
                    }
                }
            }
            if (!found) {
                break;
            }
            segment = m.end();
        }
        return b.build();
    }

    static MappedText postprocess(MappedText in) {
        MappedText m = in;
        if (m.text.indexOf('¢') >= 0) {
            m = MappedRegex.replaceAll(CENTS, r -> r.group(1) + r.group(2) + "." + twoDigits(r.group(3)), m);
        }
        if (m.text.indexOf('0') >= 0) {
            m = MappedRegex.replaceAll(ONLY_CENTS, r -> "¢" + Integer.parseInt(r.group(1)), m);
        }
        return m.text.indexOf('1') >= 0 ? MappedRegex.replaceAll(ONE, ONE_WORD, m, true) : m;
    }

    static String preprocess(String text) {
        String s = text;
        if (s.contains("half")) {
            s = andAHalf(s);
        }
        if (!hasAsciiDigit(s)) {
            return s; // the three rules below all need a digit 0-9
        }
        s = PyRegex.sub(LETTER_DIGIT, "$1 $2", s);
        s = PyRegex.sub(DIGIT_LETTER, "$1 $2", s);
        return PyRegex.sub(DIGIT_SUFFIX, "$1$2", s);
    }

    /** "&lt;number&gt; and a half" → "&lt;number&gt; point five", with Python's quirks kept. */
    private static String andAHalf(String s) {
        String[] segments = AND_A_HALF.split(s, -1);
        List<String> results = new ArrayList<>();
        for (int k = 0; k < segments.length; k++) {
            String segment = segments[k];
            List<String> words = Chars.words(segment);
            if (words.isEmpty()) {
                continue; // Python drops the segment and the "and a half" after it
            }
            results.add(segment);
            if (k < segments.length - 1) {
                String last = words.get(words.size() - 1);
                boolean numeric = NumberWords.DECIMALS.contains(last) || NumberWords.MULTIPLIERS.containsKey(last);
                results.add(numeric ? "point five" : "and a half");
            }
        }
        return String.join(" ", results);
    }

    static String postprocess(String text) {
        String s = text;
        if (s.indexOf('¢') >= 0) {
            s = PyRegex.sub(CENTS, m -> m.group(1) + m.group(2) + "." + twoDigits(m.group(3)), s);
        }
        if (s.indexOf('0') >= 0) {
            s = PyRegex.sub(ONLY_CENTS, m -> "¢" + Integer.parseInt(m.group(1)), s);
        }
        return s.indexOf('1') >= 0 ? PyRegex.sub(ONE, "one$1", s) : s;
    }

    private static boolean hasAsciiDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String twoDigits(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
