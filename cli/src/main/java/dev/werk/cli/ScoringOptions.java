package dev.werk.cli;

import dev.werk.core.ScoreOptions;
import dev.werk.core.ScoringUnit;
import dev.werk.core.align.CostModel;
import dev.werk.core.io.TranscriptFormat;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Cost model, unit and trn markup handling, shared by every scoring command. */
final class ScoringOptions {
    String cost;
    String unit;
    boolean noMarkup;
    boolean optionalDeletable;
    boolean fragments;

    /** These options, bound to this object (see {@link CodedOptions}), in {@code --help} order. */
    List<CodedOptions.Opt> options() {
        return List.of(
                CodedOptions.option(String.class, this, "cost", "--cost").paramLabel("MODEL").defaultValue("levenshtein")
                    .description("levenshtein (unit costs, jiwer's tie rule; default) or sclite (sub 4, ins 3, del 3, sclite's tie rule)."),
                CodedOptions.option(String.class, this, "unit", "--unit").paramLabel("UNIT").defaultValue("word")
                    .description("word (WER; default) or char (CER over NFC code points, spaces between words counted)."),
                CodedOptions.flag(this, "noMarkup", "--no-markup")
                    .description("Read trn text literally: braces, slashes, @, parentheses, ';' tags and hyphens are ordinary "
                            + "characters of words. By default sclite's trn markup is read in trn input: { a / b c / @ } "
                            + "alternatives, @ (no word), word;tag (tag dropped)."),
                CodedOptions.flag(this, "optionalDeletable", "-D", "--optional-deletable")
                    .description("sclite -D: in trn input, (word) may be left out and then counts as correct."),
                CodedOptions.flag(this, "fragments", "-F", "--fragments")
                    .description("sclite -F: in trn input, the fragments word- and -word match any word starting (ending) with the rest."));
    }

    /** Adds these options to {@code spec}. */
    void addTo(CommandSpec spec) {
        CodedOptions.addAll(spec, options());
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
