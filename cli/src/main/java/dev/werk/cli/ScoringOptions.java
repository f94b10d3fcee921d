package dev.werk.cli;

import dev.werk.core.ScoreOptions;
import dev.werk.core.ScoringUnit;
import dev.werk.core.align.CostModel;
import dev.werk.core.io.TranscriptFormat;
import picocli.CommandLine.Model.CommandSpec;

/** Cost model, unit and trn markup handling, shared by every scoring command. */
final class ScoringOptions {
    String cost;
    String unit;
    boolean noMarkup;
    boolean optionalDeletable;
    boolean fragments;

    /** Adds these options, bound to this object, to {@code spec} (see {@link CodedOptions}). */
    void addTo(CommandSpec spec) {
        spec.addOption(CodedOptions.option(String.class, () -> cost, v -> cost = v, "--cost").paramLabel("MODEL").defaultValue("levenshtein")
                .description("levenshtein (unit costs, jiwer's tie rule; default) or sclite (sub 4, ins 3, del 3, sclite's tie rule).")
                .build());
        spec.addOption(CodedOptions.option(String.class, () -> unit, v -> unit = v, "--unit").paramLabel("UNIT").defaultValue("word")
                .description("word (WER; default) or char (CER over NFC code points, spaces between words counted).").build());
        spec.addOption(CodedOptions.flag(() -> noMarkup, v -> noMarkup = v, "--no-markup")
                .description("Read trn text literally: braces, slashes, @, parentheses, ';' tags and hyphens are ordinary "
                        + "characters of words. By default sclite's trn markup is read in trn input: { a / b c / @ } "
                        + "alternatives, @ (no word), word;tag (tag dropped).").build());
        spec.addOption(CodedOptions.flag(() -> optionalDeletable, v -> optionalDeletable = v, "-D", "--optional-deletable")
                .description("sclite -D: in trn input, (word) may be left out and then counts as correct.").build());
        spec.addOption(CodedOptions.flag(() -> fragments, v -> fragments = v, "-F", "--fragments")
                .description("sclite -F: in trn input, the fragments word- and -word match any word starting (ending) with the rest.")
                .build());
    }

    /** A folder read by extension (null) may hold any format, so it passes. */
    private static boolean carriesMarkup(TranscriptFormat f) {
        return f == null || f.carriesScliteMarkup();
    }

    /** The options for input in these formats; -D and -F need markup and trn input to mean anything. */
    ScoreOptions toOptions(TranscriptFormat refFormat, TranscriptFormat hypFormat) {
        ScoreOptions options;
        try {
            options = ScoreOptions.defaults().withCost(CostModel.fromId(cost)).withUnit(ScoringUnit.fromId(unit));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String flag = optionalDeletable ? "--optional-deletable" : fragments ? "--fragments" : null;
        if (flag != null && noMarkup) {
            throw new UsageException(flag + " reads trn markup; it cannot be combined with --no-markup");
        }
        if (flag != null && !carriesMarkup(refFormat) && !carriesMarkup(hypFormat)) {
            throw new UsageException(flag + " applies to sclite input only (trn, stm or ctm files)");
        }
        return options.withMarkup(noMarkup ? ScoreOptions.Markup.OFF
                : new ScoreOptions.Markup(true, optionalDeletable, fragments));
    }
}
