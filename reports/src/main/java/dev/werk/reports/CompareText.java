package dev.werk.reports;

import dev.werk.core.experiment.Comparison;
import dev.werk.core.experiment.Results;
import dev.werk.core.stats.Interval;
import dev.werk.core.stats.PairedBootstrap;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The text report of {@code werk compare}: per item, per set and {@code all}, the gap; read from the result only. */
public final class CompareText {
    private CompareText() {
    }

    /** Writes the report. */
    public static void write(Comparison c, Appendable out) throws IOException {
        List<String> systems = c.systems();
        boolean kaldi = c.options().ci() == PairedBootstrap.Method.KALDI;
        int level = (int) Math.round(100 * (1 - c.options().alpha()));
        out.append("werk compare: ").append(String.valueOf(c.items().size())).append(" items, ")
                .append(String.valueOf(systems.size())).append(" systems; baseline ").append(c.baseline()).append('\n');
        out.append("  manifest: ").append(c.manifest().source().toString()).append('\n');
        out.append("  cost model: ").append(c.scoring().cost().id()).append("   normalizer: ").append(c.scoring().normalizerName())
                .append("   unit: ").append(c.scoring().unit().id()).append('\n');
        out.append(String.format(Locale.ROOT, "  bootstrap: %,d %s over %ss, seed %d, %d %% %s intervals%n",
                c.options().resamples(), kaldi ? "Kaldi-style replicates" : "Poisson replicates", c.resampleBy().id(),
                c.options().seed(), level, kaldi ? "mean ± z·sd" : "percentile"));
        out.append('\n');

        int nameWidth = 4;
        for (Results.ItemScore is : c.items()) {
            nameWidth = Math.max(nameWidth, is.item().name().length());
        }
        int setWidth = 3;
        for (Results.SetScore s : c.sets()) {
            setWidth = Math.max(setWidth, s.name().length());
        }
        int sysWidth = 8;
        for (String s : systems) {
            sysWidth = Math.max(sysWidth, s.length() + 1);
        }
        out.append("Per item: WER %\n");
        out.append(pad("item", nameWidth)).append("  ").append(pad("set", setWidth)).append(String.format(Locale.ROOT, " %9s", "#ref"));
        for (String s : systems) {
            out.append(lpad(s, sysWidth + 1));
        }
        out.append('\n');
        for (Results.ItemScore is : c.items()) {
            out.append(pad(is.item().name(), nameWidth)).append("  ").append(pad(is.item().set() == null ? "-" : is.item().set(), setWidth))
                    .append(String.format(Locale.ROOT, " %9d", is.counts().get(0).referenceWords()));
            for (int s = 0; s < systems.size(); s++) {
                out.append(lpad(pct(is.wer().get(s)), sysWidth + 1));
            }
            out.append('\n');
        }

        for (Results.SetScore set : c.sets()) {
            out.append('\n');
            out.append(String.format(Locale.ROOT, "Set %s: %d items, %d utterances, %,d reference words; %d bootstrap units (%ss)%n",
                    set.name(), set.items(), set.utterances(), set.systems().get(0).counts().referenceWords(), set.units(),
                    c.resampleBy().id()));
            out.append(pad("system", sysWidth)).append(String.format(Locale.ROOT, " %9s %9s  %s%n", "errors", "WER %", level + " % interval"));
            for (Results.SystemScore s : set.systems()) {
                out.append(pad(s.name(), sysWidth)).append(String.format(Locale.ROOT, " %9d %9s  %s", s.counts().errors(), pct(s.wer()),
                        interval(s.werCi(), 100, "")));
                if (s.kaldi() != null) {
                    // compute-wer-bootci's own line, as it prints it.
                    out.append(String.format(Locale.ROOT, "   Kaldi: %%WER %.2f 95%% Conf Interval [ %.2f, %.2f ]", 100 * s.kaldi().mean(),
                            100 * s.kaldi().mean() - 100 * s.kaldi().halfWidth(), 100 * s.kaldi().mean() + 100 * s.kaldi().halfWidth()));
                }
                out.append('\n');
            }
            for (Results.CandidateComparison cc : set.comparisons()) {
                out.append(String.format(Locale.ROOT, "%s against %s: absolute %s pp %s, relative %s %% %s, P(improvement) %s%n",
                        cc.system(), c.baseline(), signed(cc.absoluteChange()), interval(cc.absoluteChangeCi(), 100, "+"),
                        signed(cc.relativeChange()), interval(cc.relativeChangeCi(), 100, "+"),
                        cc.probabilityOfImprovement() == null ? "undefined"
                                : String.format(Locale.ROOT, "%.4f", cc.probabilityOfImprovement())));
                for (Results.Verdict v : cc.tests().verdicts()) {
                    out.append("  ").append(pad(label(v.test()), 9)).append(' ').append(v.text()).append('\n');
                }
            }
        }
        if (!c.gaps().isEmpty()) {
            out.append('\n').append("Generalisation gap: relative improvement in-sample minus out-of-sample\n");
            for (Results.Gap g : c.gaps()) {
                out.append(String.format(Locale.ROOT, "%s: improvement %s %% on %s, %s %% on %s: gap %s pp %s%n", g.system(),
                        pct1(g.inSampleImprovement()), g.inSample(), pct1(g.outOfSampleImprovement()), g.outOfSample(),
                        pct1(g.gap()), interval(g.gapCi(), 100, "+")));
            }
        }
        for (String w : c.warnings()) {
            out.append("warning: ").append(w).append('\n');
        }
    }

    private static String label(String test) {
        return switch (test) {
            case "mapsswe" -> "MAPSSWE";
            case "sign" -> "sign";
            case "wilcoxon" -> "Wilcoxon";
            case "mcnemar" -> "McNemar";
            default -> test;
        };
    }

    private static String pct(Double v) {
        return v == null ? "undefined" : String.format(Locale.ROOT, "%.2f", 100 * v);
    }

    private static String pct1(Double v) {
        return v == null ? "undefined" : String.format(Locale.ROOT, "%.1f", 100 * v);
    }

    private static String signed(Double v) {
        return v == null ? "undefined" : String.format(Locale.ROOT, "%+.2f", 100 * v);
    }

    private static String interval(Interval i, double scale, String sign) {
        if (i == null) {
            return "[undefined]";
        }
        String f = "%" + sign + ".2f";
        return String.format(Locale.ROOT, "[" + f + ", " + f + "]", scale * i.lower(), scale * i.upper());
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    private static String lpad(String s, int w) {
        return s.length() >= w ? " " + s : " ".repeat(w - s.length()) + s;
    }
}
