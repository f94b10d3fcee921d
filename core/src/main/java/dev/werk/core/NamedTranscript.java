package dev.werk.core;

import dev.werk.core.io.Transcript;
import java.util.Objects;

/**
 * One system's hypothesis transcript and the name it is reported under.
 *
 * @param name       the system's name, e.g. {@code baseline} or {@code custom}
 * @param transcript its hypothesis transcript
 */
public record NamedTranscript(String name, Transcript transcript) {
    public NamedTranscript {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transcript, "transcript");
    }
}
