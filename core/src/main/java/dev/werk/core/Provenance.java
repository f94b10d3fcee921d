package dev.werk.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * How a result was produced: the input files and their formats, the normaliser, cost model,
 * markup setting and unit, and the werk version. Every result carries one, and renderers read it
 * from there instead of rebuilding it.
 *
 * @param inputs      the reference first, then each hypothesis (one per system)
 * @param normalizer  the normaliser's name (see {@link dev.werk.core.text.TextNormalizer#name()})
 * @param cost        the cost model's id
 * @param markup      how sclite markup was read ({@link ScoreOptions.Markup#describe()}), or null when no
 *                    input is in a format that can carry it (plain, Kaldi, NLP, Transcribe JSON)
 * @param unit        {@code word} or {@code char}
 * @param werkVersion the version of werk that computed the numbers
 */
public record Provenance(List<Input> inputs, String normalizer, String cost, String markup, String unit, String werkVersion) {

    /** The version of this werk build ({@code dev} when run from a source tree without Maven's resources). */
    public static final String WERK_VERSION = readVersion();

    public Provenance {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(normalizer, "normalizer");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(werkVersion, "werkVersion");
    }

    /**
     * One input of a run.
     *
     * @param role   {@code reference}, {@code hypothesis}, or a system's name
     * @param path   the file or folder as given, or null for text in memory
     * @param format the format's id ({@code trn}, {@code nlp}, …), or {@code by extension} for a folder
     *               whose files are read by their extensions
     */
    public record Input(String role, String path, String format) {
        public Input {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(format, "format");
        }
    }

    /** The provenance of {@code options} applied to {@code inputs}; markup is named only where a format can carry it. */
    public static Provenance of(ScoreOptions options, List<Input> inputs, boolean markupPossible) {
        return new Provenance(inputs, options.normalizerName(), options.cost().id(),
                markupPossible ? options.markup().describe() : null, options.unit().id(), WERK_VERSION);
    }

    /** The reference input (the first). */
    public Input reference() {
        return inputs.get(0);
    }

    /** The same provenance with other inputs (e.g. one system's share of a multi-system run). */
    public Provenance withInputs(List<Input> other) {
        return new Provenance(other, normalizer, cost, markup, unit, werkVersion);
    }

    private static String readVersion() {
        // A jar's manifest first: for a class loaded from the launcher's class-data archive it is there
        // already, while reading the resource below opens the whole 10 MB command-line jar.
        String fromManifest = Provenance.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = Provenance.class.getResourceAsStream("werk-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
