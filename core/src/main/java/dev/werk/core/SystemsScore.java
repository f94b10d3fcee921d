package dev.werk.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several systems scored against one reference (made by {@link Scorer#scoreSystems} and
 * {@link Scorer#scoreSystemFolders}): each system's corpus result, and per utterance every
 * system's aligned utterance side by side. Immutable.
 */
public final class SystemsScore {
    private final List<String> names;
    private final List<CorpusScore> systems;
    private final List<FileSetScore> fileSets;
    private final Provenance provenance;
    private final Map<String, UtteranceScore[]> byId;

    SystemsScore(List<String> names, List<CorpusScore> systems, List<FileSetScore> fileSets, Provenance provenance) {
        this.names = List.copyOf(names);
        this.systems = List.copyOf(systems);
        this.fileSets = List.copyOf(fileSets);
        this.provenance = provenance;
        Map<String, UtteranceScore[]> ids = new LinkedHashMap<>();
        for (int s = 0; s < systems.size(); s++) {
            for (UtteranceScore u : systems.get(s).utterances()) {
                ids.computeIfAbsent(u.id(), k -> new UtteranceScore[names.size()])[s] = u;
            }
        }
        this.byId = ids;
    }

    /** The systems' names, in the order they were given. */
    public List<String> names() {
        return names;
    }

    /** Each system's corpus result (pooled over all files for folders), in {@link #names()} order. */
    public List<CorpusScore> systems() {
        return systems;
    }

    /** The result of the system called {@code name}. */
    public CorpusScore system(String name) {
        return systems.get(indexOf(name));
    }

    /** Folder scoring: each system's per-file results, in {@link #names()} order; empty for one file. */
    public List<FileSetScore> fileSets() {
        return fileSets;
    }

    /** Folder scoring: the per-file results of the system called {@code name}; null for one file. */
    public FileSetScore fileSet(String name) {
        return fileSets.isEmpty() ? null : fileSets.get(indexOf(name));
    }

    /** Every utterance id, in reference order (ids only some systems have come after those of the first). */
    public List<String> utteranceIds() {
        return List.copyOf(byId.keySet());
    }

    /**
     * Every system's aligned utterance {@code id}, in {@link #names()} order; an entry is null when
     * that system has no utterance of that id. Empty when no system has it.
     */
    public List<UtteranceScore> utterance(String id) {
        UtteranceScore[] row = byId.get(id);
        return row == null ? List.of() : Collections.unmodifiableList(Arrays.asList(row.clone()));
    }

    /** The reference and every system's hypothesis, and the pipeline that scored them. */
    public Provenance provenance() {
        return provenance;
    }

    private int indexOf(String name) {
        int k = names.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no system named '" + name + "' (systems: " + String.join(", ", names) + ")");
        }
        return k;
    }

    /** Names must be present, non-blank and distinct. */
    static void checkNames(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no hypothesis to score");
        }
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String n : names) {
            if (n.isBlank()) {
                throw new IllegalArgumentException("a system name is empty");
            }
            if (!seen.add(n)) {
                twice.add(n);
            }
        }
        if (!twice.isEmpty()) {
            throw new IllegalArgumentException("system name given twice: " + String.join(", ", twice));
        }
    }
}
