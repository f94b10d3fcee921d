package dev.werk.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the utterances of a timed transcript (STM, CTM) by recording file and channel, compared
 * case-insensitively as sclite does by default, keeping file order within each group.
 */
final class Channels {
    private Channels() {
    }

    /** The grouping key of a file/channel. */
    static String key(Segment s) {
        return s.file().toLowerCase(Locale.ROOT) + '\0' + s.channel().toLowerCase(Locale.ROOT);
    }

    /** The utterances of {@code t} per file/channel, groups in order of first appearance. */
    static Map<String, List<Utterance>> group(Transcript t) {
        Map<String, List<Utterance>> out = new LinkedHashMap<>();
        for (Utterance u : t.utterances()) {
            if (u.segment() == null) {
                throw new WerkDataException(t.source(), u.line(), "utterance '" + u.id()
                        + "' has no file and channel; timed pairing needs STM or CTM input");
            }
            out.computeIfAbsent(key(u.segment()), k -> new ArrayList<>()).add(u);
        }
        return out;
    }

    /** How errors and warnings name a file/channel: {@code file/channel '2347' 'A'}. */
    static String describe(Segment s) {
        return "file/channel '" + s.file() + "' '" + s.channel() + "'";
    }

    /** How errors and warnings name a transcript. */
    static String name(Transcript t) {
        Path p = t.source();
        return p == null ? "<" + t.format().id() + ">" : p.toString();
    }
}
