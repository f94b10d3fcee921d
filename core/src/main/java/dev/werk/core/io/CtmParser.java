package dev.werk.core.io;

import dev.werk.core.text.Whitespace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NIST CTM: {@code file channel begin duration word [confidence]}. Lines starting with {@code ;;}
 * and blank lines are skipped; fields after the confidence are ignored (sclite reads a seventh,
 * unused one); a confidence of {@code NA} means unknown, any other must lie in [0, 1]. A negative
 * duration is refused unless asked for ({@link ReadOptions#negativeDurations()}: sclite accepts
 * it, and its own test data has two). Each file/channel becomes one utterance
 * (id {@code file-channel}, channels matched case-insensitively as sclite does by default) holding
 * its words in file order. sclite's alternation blocks {@code <ALT_BEGIN> a <ALT> b c <ALT_END>}
 * (whose time fields may be {@code *}) become the tokens {@code { a / b c }}, an empty alternative
 * {@code @}.
 */
final class CtmParser {
    private CtmParser() {
    }

    /** One file/channel being filled. */
    private static final class Channel {
        final String file;
        final String channel;
        final int firstLine;
        final List<TimedWord> words = new ArrayList<>();
        int altOpenedAt;
        boolean altHasWord;
        double begin = Double.NaN;
        double end = Double.NaN;

        Channel(String file, String channel, int firstLine) {
            this.file = file;
            this.channel = channel;
            this.firstLine = firstLine;
        }
    }

    static Transcript parse(String text, Path source, boolean negativeDurations) {
        Map<String, Channel> channels = new LinkedHashMap<>();
        TextLines.forEach(text, (line, content) -> {
            String trimmed = Whitespace.strip(content);
            if (trimmed.isEmpty() || trimmed.startsWith(";;")) {
                return;
            }
            String[] f = TextLines.fields(trimmed);
            if (f.length < 5) {
                throw new WerkDataException(source, line, "a CTM line needs at least 5 fields "
                        + "(file channel begin duration word [confidence]) but has " + f.length);
            }
            String key = f[0].toLowerCase(Locale.ROOT) + '\0' + f[1].toLowerCase(Locale.ROOT);
            Channel ch = channels.computeIfAbsent(key, k -> new Channel(f[0], f[1], line));
            add(ch, f, line, source, negativeDurations);
        });
        List<Utterance> out = new ArrayList<>(channels.size());
        for (Channel ch : channels.values()) {
            if (ch.altOpenedAt > 0) {
                throw new WerkDataException(source, ch.altOpenedAt, "<ALT_BEGIN> of " + ch.file + " " + ch.channel
                        + " has no <ALT_END>");
            }
            List<String> tokens = new ArrayList<>(ch.words.size());
            for (TimedWord w : ch.words) {
                tokens.add(w.word());
            }
            Segment segment = new Segment(ch.file, ch.channel, null, ch.begin, ch.end, null, false);
            out.add(new Utterance(ch.file + "-" + ch.channel, ch.firstLine, String.join(" ", tokens), ch.words, segment));
        }
        return new Transcript(source, TranscriptFormat.CTM, out);
    }

    private static void add(Channel ch, String[] f, int line, Path source, boolean negativeDurations) {
        String word = f[4];
        String marker = word.toUpperCase(Locale.ROOT);
        switch (marker) {
            case "<ALT_BEGIN>" -> {
                if (ch.altOpenedAt > 0) {
                    throw new WerkDataException(source, line, "<ALT_BEGIN> inside the alternation opened on line " + ch.altOpenedAt);
                }
                ch.altOpenedAt = line;
                ch.altHasWord = false;
                ch.words.add(TimedWord.of("{"));
                return;
            }
            case "<ALT>", "<ALT_END>" -> {
                if (ch.altOpenedAt == 0) {
                    throw new WerkDataException(source, line, word + " without a preceding <ALT_BEGIN>");
                }
                if (!ch.altHasWord) {
                    ch.words.add(TimedWord.of("@"));
                }
                ch.altHasWord = false;
                ch.words.add(TimedWord.of(marker.equals("<ALT>") ? "/" : "}"));
                if (marker.equals("<ALT_END>")) {
                    ch.altOpenedAt = 0;
                }
                return;
            }
            default -> {
                // an ordinary word
            }
        }
        BigDecimal begin = Times.parse(f[2], "begin time", source, line);
        BigDecimal duration = Times.parse(f[3], "duration", source, line);
        if (duration.signum() < 0 && !negativeDurations) {
            throw new WerkDataException(source, line, "duration '" + f[3] + "' is negative (sclite accepts it; "
                    + "werk does with --allow-negative-duration)");
        }
        double confidence = Double.NaN;
        if (f.length > 5 && !f[5].equalsIgnoreCase("NA")) {
            confidence = Times.parse(f[5], "confidence", source, line).doubleValue();
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new WerkDataException(source, line, "confidence '" + f[5] + "' is outside [0, 1]");
            }
        }
        double start = begin.doubleValue();
        double end = Times.end(begin, duration, source, line);
        ch.words.add(new TimedWord(word, start, end, confidence, ch.channel));
        ch.altHasWord = true;
        ch.begin = Double.isNaN(ch.begin) ? start : Math.min(ch.begin, start);
        ch.end = Double.isNaN(ch.end) ? end : Math.max(ch.end, end);
    }
}
