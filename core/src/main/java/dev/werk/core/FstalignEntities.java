package dev.werk.core;

import dev.werk.core.fstalign.EntitySpans;
import dev.werk.core.fstalign.EntityTypes;
import dev.werk.core.fstalign.Fstalign;
import dev.werk.core.fstalign.NlpReference;
import dev.werk.core.fstalign.Normalizations;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.WerkDataException;
import dev.werk.core.terms.EntitySpan;
import dev.werk.core.terms.ReferenceEntities;
import dev.werk.core.text.Whitespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of scored NLP references, for {@code werk terms --entities}
 * ({@link dev.werk.core.terms.SystemTerms#scoreEntities}): reads each reference file as fstalign
 * reads it with its normalization and wer_tag side files, and places its entity spans
 * ({@link EntitySpans}) on the words werk scored.
 *
 * <pre>{@code
 * SystemsScore scored = ...; // the NLP references scored as werk terms scores them
 * ReferenceEntities e = FstalignEntities.read(scored, Path.of("call.nlp"), null, Path.of("call.norm.json"),
 *         Path.of("call.wer_tag.json"));
 * SystemTerms byClass = SystemTerms.scoreEntities(scored, e, false);
 * }</pre>
 */
public final class FstalignEntities {
    private FstalignEntities() {
    }

    /**
     * Reads the entities of every reference file of {@code systems}.
     *
     * @param reference the reference file or folder that was scored
     * @param format    the reference format as given, or null (then from each file's extension)
     * @param norm      a normalization file (for a reference file) or folder (for a folder), or null
     * @param tags      a wer_tag file or folder, or null
     * @throws WerkDataException for a reference that is not NLP, malformed side files, and (for a
     *                           single file) an id the reference does not use
     */
    public static ReferenceEntities read(SystemsScore systems, Path reference, TranscriptFormat format, Path norm,
                                         Path tags) throws IOException {
        List<String> warnings = new ArrayList<>();
        Map<String, List<EntitySpan>> byUtterance = new LinkedHashMap<>();
        long leftOut = 0;
        if (systems.fileSets().isEmpty()) {
            for (String id : systems.utteranceIds()) {
                UtteranceScore u = first(systems, id);
                leftOut += read(reference, format, norm, tags, true, u, id, byUtterance, warnings);
            }
        } else {
            for (FileSetScore.FileScore f : systems.fileSets().get(0).files()) {
                Path n = side(norm, f.name(), FstalignFiles.NORM_SUFFIX, warnings);
                Path t = side(tags, f.name(), FstalignFiles.TAGS_SUFFIX, warnings);
                for (UtteranceScore u : f.score().utterances()) {
                    String id = u.id().equals(f.name()) ? u.id() : f.name() + "/" + u.id();
                    leftOut += read(f.reference(), format, n, t, false, u, id, byUtterance, warnings);
                }
            }
        }
        return new ReferenceEntities(byUtterance, norm == null ? null : norm.toString(), tags == null ? null : tags.toString(),
                leftOut, warnings);
    }

    private static UtteranceScore first(SystemsScore systems, String id) {
        for (UtteranceScore u : systems.utterance(id)) {
            if (u != null) {
                return u;
            }
        }
        throw new IllegalStateException("no system has utterance " + id);
    }

    private static long read(Path file, TranscriptFormat format, Path norm, Path tags, boolean strict, UtteranceScore u,
                             String id, Map<String, List<EntitySpan>> out, List<String> warnings) throws IOException {
        TranscriptFormat f = format != null ? format : TranscriptFormat.fromExtension(file);
        if (f != TranscriptFormat.NLP) {
            throw new WerkDataException(file, 0, "entities are read from NLP references (token|…|tags|wer_tags), "
                    + "not from " + f.id());
        }
        NlpReference ref = NlpReference.read(file);
        Normalizations n = norm == null ? Normalizations.NONE : Normalizations.read(norm);
        EntityTypes t = tags == null ? EntityTypes.NONE : EntityTypes.read(tags);
        warnings.addAll(Fstalign.checkIds(ref, n, t, strict));
        EntitySpans spans = EntitySpans.of(ref, n, t);
        warnings.addAll(spans.warnings());
        int words = Whitespace.split(u.reference().text()).size();
        if (words != spans.words()) {
            throw new WerkDataException(file, 0, "the NLP rows hold " + spans.words() + " words but werk read " + words
                    + " from the file");
        }
        List<EntitySpan> list = new ArrayList<>(spans.entities().size());
        for (EntitySpans.Entity e : spans.entities()) {
            if (e.wordTo() > e.wordFrom()) {
                list.add(new EntitySpan(e.id(), e.entityClass(), e.wordFrom(), e.wordTo(), e.alternatives()));
            }
        }
        out.put(id, list);
        return spans.leftOut();
    }

    private static Path side(Path dir, String name, String suffix, List<String> warnings) {
        if (dir == null) {
            return null;
        }
        Path f = dir.resolve(name + suffix);
        if (!Files.isRegularFile(f)) {
            warnings.add(name + ": no " + f.getFileName() + " in " + dir + "; its entities have only their own words");
            return null;
        }
        return f;
    }
}
