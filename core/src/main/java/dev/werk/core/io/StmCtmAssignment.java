package dev.werk.core.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the words of CTM hypotheses into the segments of an STM reference, as sclite does
 * ({@code segment_hyp_for_utt} in SCTK's {@code stm2ctm.c}). Per file/channel, in file order, a
 * segment takes the next words whose time midpoint (begin + duration / 2) is before its end time;
 * a word exactly at the end belongs to the next segment. Words between two segments therefore go
 * to the later one, words before the first segment to the first, and the last segment of the
 * channel takes all that remain. An alternation block is placed by the largest midpoint of its
 * words. Words that land in an excluded segment ({@code IGNORE_TIME_SEGMENT_IN_SCORING}) are
 * dropped with it. Segments out of time order within a file/channel are sorted by begin time
 * first, with a warning (see {@link #inTimeOrder}). A file/channel of the STM without CTM words is scored as all deletions (with a
 * warning); CTM words of a file/channel that is not in the STM are an error.
 */
final class StmCtmAssignment {
    private StmCtmAssignment() {
    }

    static Pairing.Result pair(Transcript stm, Transcript ctm) {
        Map<String, List<Utterance>> refChannels = Channels.group(stm);
        Map<String, List<Utterance>> hypChannels = Channels.group(ctm);
        for (Map.Entry<String, List<Utterance>> e : hypChannels.entrySet()) {
            if (!refChannels.containsKey(e.getKey())) {
                Utterance h = e.getValue().get(0);
                throw new WerkDataException(ctm.source(), h.line(), Channels.describe(h.segment())
                        + " is not in the reference " + Channels.name(stm)
                        + " (sclite: 'Hyp file has more data than ref file')");
            }
        }
        Map<Utterance, Utterance> assigned = new IdentityHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, List<Utterance>> e : refChannels.entrySet()) {
            List<Utterance> segments = inTimeOrder(e.getValue(), stm, warnings);
            List<Utterance> hyps = hypChannels.get(e.getKey());
            if (hyps == null) {
                Utterance first = segments.get(0);
                warnings.add(Channels.name(stm) + ":" + first.line() + ": " + Channels.describe(first.segment())
                        + " has no words in " + Channels.name(ctm) + "; its " + segments.size()
                        + " segment(s) are scored as all deletions");
                continue;
            }
            List<TimedWord> words = new ArrayList<>();
            for (Utterance h : hyps) {
                words.addAll(h.words());
            }
            assign(segments, words, hyps.get(0).line(), ctm, assigned);
        }
        List<UtterancePair> pairs = new ArrayList<>();
        for (Utterance r : stm.utterances()) {
            if (!r.excluded()) {
                pairs.add(new UtterancePair(r.id(), r, assigned.get(r)));
            }
        }
        return new Pairing.Result(pairs, warnings, Pairing.Source.of(stm), Pairing.Source.of(ctm));
    }

    /**
     * The segments of one file/channel by begin time. sclite requires an STM sorted by begin time
     * within each file and channel but neither checks nor sorts: it cuts the words along the
     * segments in file order, so unsorted segments lose their words to their neighbours. NIST's
     * own scoring script, hubscr, sorts the STM first (file, channel, begin time); werk does the
     * same here, stably, and says so.
     */
    private static List<Utterance> inTimeOrder(List<Utterance> segments, Transcript stm, List<String> warnings) {
        for (int k = 1; k < segments.size(); k++) {
            Utterance prev = segments.get(k - 1);
            Utterance cur = segments.get(k);
            if (cur.segment().begin() < prev.segment().begin()) {
                warnings.add(Channels.name(stm) + ":" + cur.line() + ": the segment beginning at " + cur.segment().begin()
                        + " s comes after one beginning at " + prev.segment().begin() + " s (line " + prev.line() + ") in "
                        + Channels.describe(cur.segment()) + "; sclite needs an STM sorted by begin time, so werk sorted "
                        + "the segments by begin time before cutting the hypothesis words, as NIST's hubscr does");
                List<Utterance> sorted = new ArrayList<>(segments);
                sorted.sort(Comparator.comparingDouble(u -> u.segment().begin()));
                return sorted;
            }
        }
        return segments;
    }

    private static void assign(List<Utterance> segments, List<TimedWord> words, int line, Transcript ctm,
                               Map<Utterance, Utterance> out) {
        List<TimedUnits.Unit> units = TimedUnits.of(words);
        for (TimedUnits.Unit u : units) {
            if (Double.isNaN(u.mid())) {
                throw new WerkDataException(ctm.source(), line, "word '" + words.get(u.from()).word()
                        + "' has no begin time or duration, so it cannot be placed in a segment");
            }
        }
        int next = 0;
        for (int s = 0; s < segments.size(); s++) {
            Utterance seg = segments.get(s);
            int first = next;
            if (s == segments.size() - 1) {
                next = units.size();
            } else {
                double end = seg.segment().end();
                while (next < units.size() && units.get(next).mid() < end) {
                    next++;
                }
            }
            if (seg.excluded()) {
                continue;
            }
            int from = first < units.size() ? units.get(first).from() : words.size();
            int to = next > first ? units.get(next - 1).to() : from;
            List<TimedWord> mine = words.subList(from, to);
            out.put(seg, new Utterance(seg.id(), line, TimedUnits.text(mine), mine, seg.segment()));
        }
    }
}
