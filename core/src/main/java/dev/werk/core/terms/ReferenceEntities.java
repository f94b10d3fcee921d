package dev.werk.core.terms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of a reference, per utterance id (as {@link dev.werk.core.SystemsScore#utteranceIds()}
 * names them), and where they came from. Immutable.
 *
 * @param byUtterance   each utterance's entities, in any order (utterances not named have none)
 * @param normalization the normalization file or folder that gave the alternatives, or null
 * @param tags          the wer_tag file or folder that gave the classes, or null
 * @param leftOut       entities that have no class and are not scored
 * @param warnings      what was noticed reading them (ids without a class, unused ids)
 */
public record ReferenceEntities(Map<String, List<EntitySpan>> byUtterance, String normalization, String tags,
                                long leftOut, List<String> warnings) {
    public ReferenceEntities {
        Map<String, List<EntitySpan>> copy = new LinkedHashMap<>();
        byUtterance.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byUtterance = java.util.Collections.unmodifiableMap(copy);
        warnings = List.copyOf(warnings);
    }

    /** The entities of utterance {@code id}, empty when it has none. */
    public List<EntitySpan> of(String id) {
        return byUtterance.getOrDefault(id, List.of());
    }
}
