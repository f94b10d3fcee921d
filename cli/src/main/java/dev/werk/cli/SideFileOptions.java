package dev.werk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * fstalign's side files of an NLP reference, shared by {@code werk score --fstalign} and
 * {@code werk terms --entities}: the normalization file(s) and the wer_tag file(s).
 */
final class SideFileOptions {
    @Option(names = "--ref-norm", paramLabel = "FILE|DIR",
            description = "fstalign normalization file (<call>.norm.json), or a folder of them for a reference folder.")
    Path norm;

    @Option(names = "--ref-tags", paramLabel = "FILE|DIR",
            description = "wer_tag file (<call>.wer_tag.json: id -> entity_type) or a folder of them: per-class entity WER.")
    Path tags;
}
