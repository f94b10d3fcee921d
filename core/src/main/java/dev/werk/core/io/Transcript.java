package dev.werk.core.io;

import java.nio.file.Path;
import java.util.List;

/**
 * The utterances of one file in file order.
 *
 * @param source     where they were read from (null for in-memory text)
 * @param format     the layout they were read as
 * @param utterances in file order; ids are unique
 */
public record Transcript(Path source, TranscriptFormat format, List<Utterance> utterances) {
    public Transcript {
        utterances = List.copyOf(utterances);
    }
}
