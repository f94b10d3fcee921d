package dev.werk.core.io;

import dev.werk.core.text.Whitespace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NIST STM: {@code file channel speaker begin end [<labels>] text}. Lines starting with {@code ;;}
 * and blank lines are skipped; the text may be empty. As in sclite, a sixth field starting with
 * {@code <} is the label field (so a transcript whose first word is {@code <unk>} needs a label
 * field before it). Ids follow sclite: {@code speaker-NNN}, numbered per speaker over the scored
 * segments in file order; a segment whose text contains {@code IGNORE_TIME_SEGMENT_IN_SCORING} (or
 * sclite's alternative spelling {@code IGNORETIMESEGMENTINSCORING}, in any case) is kept as an
 * excluded utterance with empty text and id {@code speaker-ignored-NNN}. The text is the rest of
 * the line with its fields joined by single spaces.
 */
final class StmParser {
    private static final String IGNORE = "ignore_time_segment_in_scoring";
    private static final String IGNORE_ALT = "ignoretimesegmentinscoring";

    private StmParser() {
    }

    static Transcript parse(String text, Path source) {
        List<Utterance> out = new ArrayList<>();
        Map<String, int[]> counters = new HashMap<>();
        TextLines.forEach(text, (line, content) -> {
            String trimmed = Whitespace.strip(content);
            if (trimmed.isEmpty() || trimmed.startsWith(";;")) {
                return;
            }
            out.add(segment(trimmed, line, source, counters));
        });
        return new Transcript(source, TranscriptFormat.STM, out);
    }

    private static Utterance segment(String line, int number, Path source, Map<String, int[]> counters) {
        String[] f = TextLines.fields(line);
        if (f.length < 5) {
            throw new WerkDataException(source, number, "an STM line needs at least 5 fields "
                    + "(file channel speaker begin end [<labels>] text) but has " + f.length);
        }
        BigDecimal begin = Times.parse(f[3], "begin time", source, number);
        BigDecimal end = Times.parse(f[4], "end time", source, number);
        if (end.compareTo(begin) < 0) {
            throw new WerkDataException(source, number, "end time " + f[4] + " is before begin time " + f[3]);
        }
        int textStart = 5;
        String labels = null;
        if (f.length > 5 && f[5].startsWith("<")) {
            labels = f[5];
            textStart = 6;
        }
        String words = String.join(" ", Arrays.copyOfRange(f, textStart, f.length));
        String lower = words.toLowerCase(Locale.ROOT);
        boolean excluded = lower.contains(IGNORE) || lower.contains(IGNORE_ALT);
        String speaker = f[2];
        int[] count = counters.computeIfAbsent(speaker + (excluded ? "\0ignored" : ""), k -> new int[1]);
        String id = String.format(Locale.ROOT, excluded ? "%s-ignored-%03d" : "%s-%03d", speaker, count[0]++);
        Segment segment = new Segment(f[0], f[1], speaker, begin.doubleValue(), end.doubleValue(), labels, excluded);
        return new Utterance(id, number, excluded ? "" : words, List.of(), segment);
    }
}
