package dev.werk.cli;

import dev.werk.core.ScoreOptions;
import dev.werk.core.ScoringUnit;
import dev.werk.core.align.CostModel;
import dev.werk.core.io.TranscriptFormat;
import picocli.CommandLine.Option;

/** Cost model, unit and trn markup handling, shared by every scoring command. */
final class ScoringOptions {
    @Option(names = "--cost", paramLabel = "MODEL", defaultValue = "levenshtein",
            description = "levenshtein (unit costs, jiwer's tie rule; default) or sclite (sub 4, ins 3, del 3, sclite's tie rule).")
    String cost;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "word",
            description = "word (WER; default) or char (CER over NFC code points, spaces between words counted).")
    String unit;

    @Option(names = "--no-markup",
            description = "Read trn text literally: braces, slashes, @, parentheses, ';' tags and hyphens are ordinary "
                    + "characters of words. By default sclite's trn markup is read in trn input: { a / b c / @ } "
                    + "alternatives, @ (no word), word;tag (tag dropped).")
    boolean noMarkup;

    @Option(names = {"-D", "--optional-deletable"},
            description = "sclite -D: in trn input, (word) may be left out and then counts as correct.")
    boolean optionalDeletable;

    @Option(names = {"-F", "--fragments"},
            description = "sclite -F: in trn input, the fragments word- and -word match any word starting (ending) with the rest.")
    boolean fragments;

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
