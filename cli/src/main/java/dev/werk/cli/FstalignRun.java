package dev.werk.cli;

import dev.werk.core.FstalignFiles;
import dev.werk.core.FstalignScore;
import dev.werk.core.FstalignScoring;
import dev.werk.core.fstalign.AlignedNlpRow;
import dev.werk.core.fstalign.FstalignSettings;
import dev.werk.core.fstalign.SideBySideRow;
import dev.werk.core.fstalign.SynonymRules;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.text.TextNormalizer;
import dev.werk.reports.AlignedNlpReport;
import dev.werk.reports.FstalignReport;
import dev.werk.reports.SideBySideReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code werk score} in fstalign mode: checks the options, pairs the files, scores and renders. */
final class FstalignRun {
    private FstalignRun() {
    }

    static int run(ScoreCommand c) throws Exception {
        FstalignOptions o = c.fstalign;
        boolean dirs = c.input.directories();
        if (!c.scoring.unit.equals("word")) {
            throw new UsageException("--fstalign scores words; --unit " + c.scoring.unit + " does not apply");
        }
        if (!c.scoring.cost.equalsIgnoreCase("levenshtein")) {
            throw new UsageException("--fstalign has its own costs (ins 1, del 1, sub 1.5); drop --cost " + c.scoring.cost);
        }
        if (c.scoring.optionalDeletable || c.scoring.fragments || c.scoring.noMarkup) {
            throw new UsageException("--fstalign reads no sclite markup; drop -D, -F and --no-markup");
        }
        if (!c.normalize.toNormalizer().name().equals(TextNormalizer.NONE)) {
            throw new UsageException("--fstalign lower-cases as fstalign does; drop the --normalize options");
        }
        if (c.input.wholeFile || c.input.ignoreIdCase) {
            throw new UsageException("--fstalign scores each file whole already; drop --whole-file and --ignore-id-case");
        }
        Path norm = side(o.norm, "--ref-norm", dirs, c.input.ref, FstalignFiles.NORM_SUFFIX, "normalizations", o.preset);
        Path tags = side(o.tags, "--ref-tags", dirs, c.input.ref, FstalignFiles.TAGS_SUFFIX, "wer_tags", o.preset);
        if (o.synonyms != null && !Files.isRegularFile(o.synonyms)) {
            throw new UsageException("--synonyms " + o.synonyms + ": no such file");
        }
        checkLattice(o.symbols, c, dirs);
        boolean speakers = o.speakers();
        int speakerContext = o.speakerSwitchContext();
        OutputFile.check(c.out);
        // the side files are inputs too: a report must not replace a normalization file, say
        List<Path> inputs = c.input.files(c.normalize.rules, norm, tags, o.synonyms, o.symbols);
        OutputFile.refuseInputs(c.out, inputs);
        if (o.sbs != null) {
            checkSideFile("--output-sbs", o.sbs, c, dirs, inputs);
        }
        if (o.nlp != null) {
            checkSideFile("--output-nlp", o.nlp, c, dirs, inputs);
            if (o.sbs != null && !OutputFile.isStdout(o.sbs) && o.sbs.toAbsolutePath().normalize().equals(o.nlp.toAbsolutePath().normalize())) {
                throw new UsageException("--output-sbs and --output-nlp name the same file, " + o.nlp);
            }
        }
        SynonymRules rules = o.synonyms == null ? SynonymRules.NONE : SynonymRules.read(o.synonyms);
        boolean derive = o.synonyms != null || o.derive;
        FstalignSettings settings = new FstalignSettings(rules, derive && !o.noCutoffs, derive && !o.noHyphens,
                !o.noEntityInsertions).withCaseAndPunctuation(o.useCase, o.usePunctuation).withAdapted(o.adapted())
                .withWalker(o.walker()).withSpeakerSwitchContext(speakerContext).withCaseStats(o.caseStats)
                .withSideBySide(o.sbs != null || o.nlp != null);

        List<FstalignScoring.FilePair> pairs;
        List<String> warnings;
        if (dirs) {
            FstalignFiles.Paired p = FstalignFiles.pairFolders(c.input.ref, c.input.refFormat(), c.input.hyp(),
                    c.input.hypFormat(), norm, tags);
            pairs = p.pairs();
            warnings = p.warnings();
        } else {
            TranscriptFormat rf = c.input.refFormat();
            TranscriptFormat hf = c.input.hypFormat();
            pairs = List.of(new FstalignScoring.FilePair(FstalignFiles.baseName(c.input.ref), c.input.ref, rf,
                    c.input.hyp(), hf, norm, tags, o.symbols));
            warnings = List.of();
        }
        if (o.caseStats) {
            for (FstalignScoring.FilePair p : pairs) {
                if (p.referenceFormat() != TranscriptFormat.NLP) {
                    throw new UsageException("--record-case-stats needs NLP references (their case column); " + p.reference()
                            + " is read as " + p.referenceFormat().id());
                }
            }
        }
        if (speakers) {
            for (FstalignScoring.FilePair p : pairs) {
                if (p.referenceFormat() != TranscriptFormat.NLP) {
                    throw new UsageException("--speaker-wer needs NLP references (their speaker column); " + p.reference()
                            + " is read as " + p.referenceFormat().id());
                }
            }
        }
        if (o.nlp != null && pairs.get(0).referenceFormat() != TranscriptFormat.NLP) {
            throw new UsageException("--output-nlp needs an NLP reference (its rows are what it writes); " + pairs.get(0).reference()
                    + " is read as " + pairs.get(0).referenceFormat().id());
        }
        FstalignScore score = FstalignScoring.score(pairs, settings, !dirs, warnings, Workers.pool());
        PrintWriter err = c.err();
        for (String w : score.warnings()) {
            err.println("werk: warning: " + w);
        }
        Map<String, String> described = new LinkedHashMap<>();
        described.put("normalization", norm == null ? null : norm.toString());
        described.put("tags", tags == null ? null : tags.toString());
        described.put("synonyms", o.synonyms == null ? null : o.synonyms.toString());
        described.put("derivedCutoffRules", Boolean.toString(settings.cutoffs()));
        described.put("derivedHyphenRules", Boolean.toString(settings.hyphens()));
        described.put("entityInsertions", Boolean.toString(settings.entityInsertions()));
        described.put("useCase", Boolean.toString(settings.useCase()));
        described.put("usePunctuation", Boolean.toString(settings.usePunctuation()));
        String composition = settings.adapted() ? "adapted" : settings.walker() ? "standard-walker" : "standard";
        described.put("composition", composition);
        if (o.symbols != null) {
            described.put("symbols", o.symbols.toString());
            described.put("lattice", "oracle path (fewest edits; arc weights unused)");
        }
        if (o.caseStats) {
            described.put("recordCaseStats", "true");
        }
        if (speakers) {
            described.put("speakerWer", "true");
            described.put("speakerSwitchContext", Integer.toString(speakerContext));
        }
        String text = "ins 1, del 1, sub 1.5; " + (settings.useCase() ? "case kept" : "lower-cased")
                + (settings.usePunctuation() ? "; punctuation as tokens" : "") + "; normalizations " + (norm == null ? "none" : norm)
                + "; wer_tags " + (tags == null ? "none" : tags) + "; synonyms "
                + (o.synonyms == null ? "none" : o.synonyms.toString()) + "; derived cut-off rules "
                + (settings.cutoffs() ? "on" : "off") + ", hyphen rules " + (settings.hyphens() ? "on" : "off")
                + "; insertions inside entities " + (settings.entityInsertions() ? "counted" : "not counted")
                + "; " + composition + " composition"
                + (o.symbols != null ? "; hypothesis: the lattice's oracle path (symbols " + o.symbols + ")" : "")
                + (o.caseStats ? "; case statistics" : "")
                + (speakers ? "; speaker WER (switch context " + speakerContext + ")" : "");
        if (o.sbs != null) {
            List<SideBySideRow> rows = score.fileSideBySide().get(pairs.get(0).name());
            OutputFile.write(o.sbs, c.out(), w -> SideBySideReport.write(rows, w));
        }
        if (o.nlp != null) {
            List<AlignedNlpRow> rows = score.fileAlignedNlp().getOrDefault(pairs.get(0).name(), List.of());
            OutputFile.write(o.nlp, c.out(), w -> AlignedNlpReport.write(rows, w));
        }
        OutputFile.write(c.out, c.out(), w -> {
            switch (c.format) {
                case json -> FstalignReport.json(score, dirs, c.perUtterance, described, o.caseStats, speakers, w);
                case csv -> FstalignReport.csv(score, o.caseStats, speakers, w);
                default -> FstalignReport.text(score, text, dirs, o.caseStats, speakers, w);
            }
        });
        return ExitCodes.OK;
    }

    /** {@code --symbols}: one hypothesis file, a lattice; an {@code .fst} hypothesis without it is a usage error rather than text. */
    private static void checkLattice(Path symbols, ScoreCommand c, boolean dirs) {
        if (symbols == null) {
            if (!dirs && c.input.hyp() != null && c.input.hyp().getFileName() != null
                    && c.input.hyp().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".fst")) {
                throw new UsageException("--hyp " + c.input.hyp() + " is an OpenFst lattice (.fst): give its symbol table "
                        + "with --symbols FILE");
            }
            return;
        }
        if (dirs) {
            throw new UsageException("--symbols reads one lattice hypothesis; --ref " + c.input.ref + " is a folder");
        }
        if (!Files.isRegularFile(symbols)) {
            throw new UsageException("--symbols " + symbols + ": no such file");
        }
    }

    /** {@code --output-sbs} or {@code --output-nlp}: one file pair, a file of its own (not the report's, not an input). */
    private static void checkSideFile(String option, Path file, ScoreCommand c, boolean dirs, List<Path> inputs) {
        if (dirs) {
            throw new UsageException(option + " writes a file for one file pair; --ref " + c.input.ref + " is a folder");
        }
        if (OutputFile.isStdout(file) && OutputFile.isStdout(c.out)) {
            throw new UsageException(option + " - and the report would both go to standard output: give --out FILE or "
                    + option + " FILE");
        }
        if (!OutputFile.isStdout(file) && !OutputFile.isStdout(c.out)
                && file.toAbsolutePath().normalize().equals(c.out.toAbsolutePath().normalize())) {
            throw new UsageException(option + " and --out name the same file, " + file);
        }
        OutputFile.check(file);
        OutputFile.refuseInputs(option, file, inputs);
    }

    /** The side file or folder: as given (checked), else found by the preset, else none. */
    static Path side(Path given, String option, boolean dirs, Path ref, String suffix, String sibling, boolean preset) {
        if (given != null) {
            if (!Files.exists(given)) {
                throw new UsageException(option + " " + given + ": no such file or folder");
            }
            if (Files.isDirectory(given) != dirs) {
                throw new UsageException(option + " must be a " + (dirs ? "folder" : "file") + " when --ref is a "
                        + (dirs ? "folder" : "file") + " (" + given + ")");
            }
            return given;
        }
        return preset ? FstalignFiles.discover(ref, suffix, sibling) : null;
    }
}
