package dev.werk.cli;

import dev.werk.core.ScoreOptions;
import dev.werk.core.ScoringUnit;
import dev.werk.core.align.CostModel;
import picocli.CommandLine.Option;

/** Cost model and unit, shared by every scoring command. */
final class ScoringOptions {
    @Option(names = "--cost", paramLabel = "MODEL", defaultValue = "levenshtein",
            description = "levenshtein (unit costs, jiwer's tie rule; default) or sclite (sub 4, ins 3, del 3, sclite's tie rule).")
    String cost;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "word",
            description = "word (WER; default) or char (CER over NFC code points, spaces between words counted).")
    String unit;

    ScoreOptions toOptions() {
        try {
            return ScoreOptions.defaults().withCost(CostModel.fromId(cost)).withUnit(ScoringUnit.fromId(unit));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
