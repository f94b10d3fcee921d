package dev.werk.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * sclite's cutting of two time-marked word lists into chunks ({@code chop_WTOKE_2} in SCTK's
 * {@code ctm2ctm.c}), rewritten from its description. Positions count words and alternation
 * markers ({@code { / }}, sclite's {@code <ALT_BEGIN> <ALT> <ALT_END>} lines) but not the
 * {@code @} that stands for an empty alternative. Starting at the next unpaired positions, a chunk
 * tries to end about {@code max} positions later: the reference end is moved back off alternation
 * markers and words until the reference and hypothesis ends overlap in time, then both ends move
 * back until the silence after the reference end overlaps the silence after the hypothesis end.
 * When no such point exists {@code max} doubles; what is left when fewer than {@code max} positions
 * remain on both sides is the last chunk. Markers have time 0, as sclite reads their {@code *};
 * word ends are begin + duration in double arithmetic, as sclite computes them (see {@link Times}).
 */
final class CtmChunker {
    private static final int FIRST_MAX = 50;
    private static final double OPEN_END = 999999.99;

    /** One position: a word or marker with its times and whether it is inside an alternation. */
    private record Entry(int index, double t1, double t2, boolean alternate) {
    }

    private static final Entry OUTSIDE = new Entry(-1, 0, 0, false);

    private final List<Entry> ref;
    private final List<Entry> hyp;
    private int refChunkEnd;
    private int hypChunkEnd;

    private CtmChunker(List<Entry> ref, List<Entry> hyp) {
        this.ref = ref;
        this.hyp = hyp;
    }

    /**
     * The chunks as {@code {refFrom, refTo, hypFrom, hypTo}} word-list index ranges (ends
     * exclusive), in order, covering both lists.
     */
    static List<int[]> chunks(List<TimedWord> refWords, List<TimedWord> hypWords) {
        CtmChunker c = new CtmChunker(entries(refWords), entries(hypWords));
        List<int[]> out = new ArrayList<>();
        int rb = 0;
        int hb = 0;
        int re = c.ref.size() - 1;
        int he = c.hyp.size() - 1;
        int refWord = 0;
        int hypWord = 0;
        while (rb <= re || hb <= he) {
            int max = FIRST_MAX;
            while (!c.chop(rb, hb, re, he, max)) {
                max *= 2;
            }
            if (c.refChunkEnd < rb && c.hypChunkEnd < hb) {
                throw new IllegalStateException("CTM chunking made no progress at " + rb + "/" + hb);
            }
            int refTo = c.refChunkEnd >= rb ? wordEnd(c.ref, c.refChunkEnd, refWords.size()) : refWord;
            int hypTo = c.hypChunkEnd >= hb ? wordEnd(c.hyp, c.hypChunkEnd, hypWords.size()) : hypWord;
            out.add(new int[] {refWord, refTo, hypWord, hypTo});
            refWord = refTo;
            hypWord = hypTo;
            rb = c.refChunkEnd + 1;
            hb = c.hypChunkEnd + 1;
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, refWords.size(), 0, hypWords.size()});
        }
        return out;
    }

    /** The word-list index after position {@code p}, taking along any {@code @} that follows it. */
    private static int wordEnd(List<Entry> entries, int p, int size) {
        return p + 1 < entries.size() ? entries.get(p + 1).index() : size;
    }

    private static List<Entry> entries(List<TimedWord> words) {
        List<Entry> out = new ArrayList<>(words.size());
        boolean inBlock = false;
        for (int k = 0; k < words.size(); k++) {
            TimedWord w = words.get(k);
            String s = w.word();
            if (s.equals("@") && inBlock) {
                continue;
            }
            boolean marker = s.equals("{") || s.equals("/") || s.equals("}");
            if (s.equals("{")) {
                inBlock = true;
            }
            double t1 = TimedUnits.isTimed(w) ? w.start() : 0;
            double t2 = TimedUnits.isTimed(w) ? Times.scliteEnd(w.start(), w.end()) : 0;
            out.add(new Entry(k, t1, t2, inBlock || marker));
            if (s.equals("}")) {
                inBlock = false;
            }
        }
        return out;
    }

    private Entry r(int k) {
        return k >= 0 && k < ref.size() ? ref.get(k) : OUTSIDE;
    }

    private Entry h(int k) {
        return k >= 0 && k < hyp.size() ? hyp.get(k) : OUTSIDE;
    }

    /** sclite's {@code overlap()}: positive when the spans overlap (its first two cases are dead code). */
    static double overlap(double s1t1, double s1t2, double s2t1, double s2t2) {
        if (s1t1 < s2t1) {
            return s1t2 < s2t2 ? s1t2 - s2t1 : s2t2 - s2t1;
        }
        return s1t2 < s2t2 ? s1t2 - s1t1 : s2t2 - s1t1;
    }

    private double wordOverlap(int rEnd, int hEnd) {
        Entry a = r(rEnd);
        Entry b = h(hEnd);
        return overlap(a.t1(), a.t2(), b.t1(), b.t2());
    }

    /** One attempt with chunk size {@code max}; on success sets the chunk ends and returns true. */
    private boolean chop(int rStart, int hStart, int rLast, int hLast, int max) {
        if (rStart > rLast && hStart > hLast) {
            return false;
        }
        if (rLast - rStart < max && hLast - hStart < max) {
            return found(rLast, hLast);
        }
        int rEnd = Math.min(rStart + max, rLast);
        int hEnd = Math.min(hStart + max, hLast);
        while (rEnd >= rStart && r(rEnd).alternate()) {
            rEnd--;
        }
        boolean skippedAlt = true;
        while (skippedAlt) {
            skippedAlt = false;
            if (r(rEnd).t1() > h(hEnd).t1()) {
                while (!skippedAlt && rEnd >= rStart && r(rEnd).t1() > h(hEnd).t1() && wordOverlap(rEnd, hEnd) < 0) {
                    for (rEnd--; rEnd >= rStart && r(rEnd).alternate(); ) {
                        rEnd--;
                        skippedAlt = true;
                    }
                }
            } else if (r(rEnd).t1() < h(hEnd).t1()) {
                while (hEnd >= hStart && r(rEnd).t1() < h(hEnd).t1() && wordOverlap(rEnd, hEnd) < 0) {
                    hEnd--;
                }
            }
        }
        while (rEnd > rStart && hEnd > hStart) {
            double rGap1 = r(rEnd).t2();
            double rGap2 = rEnd == rLast ? OPEN_END : r(rEnd + 1).t1();
            double hGap1 = h(hEnd).t2();
            double hGap2 = hEnd == hLast ? OPEN_END : h(hEnd + 1).t1();
            if (overlap(rGap1, rGap2, hGap1, hGap2) >= 0) {
                return found(rEnd, hEnd);
            }
            skippedAlt = true;
            while (skippedAlt) {
                skippedAlt = false;
                if (r(rEnd).t1() > h(hEnd).t1()) {
                    if (rEnd > rStart) {
                        rEnd--;
                        while (rEnd >= rStart && r(rEnd).alternate()) {
                            rEnd--;
                            skippedAlt = true;
                        }
                    }
                    while (!skippedAlt && hEnd >= hStart && r(rEnd).t1() < h(hEnd).t1() && wordOverlap(rEnd, hEnd) < 0) {
                        hEnd--;
                    }
                } else {
                    if (hEnd > hStart) {
                        hEnd--;
                    }
                    while (!skippedAlt && rEnd >= rStart && r(rEnd).t1() > h(hEnd).t1() && wordOverlap(rEnd, hEnd) < 0) {
                        for (rEnd--; rEnd >= rStart && r(rEnd).alternate(); ) {
                            rEnd--;
                            skippedAlt = true;
                        }
                    }
                }
            }
        }
        if (rEnd > rStart || hEnd > hStart) {
            return found(rEnd, hEnd);
        }
        return false;
    }

    private boolean found(int rEnd, int hEnd) {
        refChunkEnd = rEnd;
        hypChunkEnd = hEnd;
        return true;
    }
}
