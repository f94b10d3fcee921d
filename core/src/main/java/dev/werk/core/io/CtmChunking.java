package dev.werk.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairs a CTM reference with a CTM hypothesis the way sclite does ({@code align_ctm_to_ctm} in
 * SCTK's {@code ctm2ctm.c}): per file/channel, both word lists are cut into chunks of about 50
 * words at points where the two agree in time (see {@link CtmChunker}), and each chunk is one
 * utterance with id {@code file-channel-NNNN}. A reference file/channel without hypothesis words
 * is one utterance scored as all deletions (with a warning); hypothesis words of a file/channel
 * that is not in the reference are an error.
 */
final class CtmChunking {
    private CtmChunking() {
    }

    static Pairing.Result pair(Transcript ref, Transcript hyp) {
        Map<String, List<Utterance>> refChannels = Channels.group(ref);
        Map<String, List<Utterance>> hypChannels = Channels.group(hyp);
        for (Map.Entry<String, List<Utterance>> e : hypChannels.entrySet()) {
            if (!refChannels.containsKey(e.getKey())) {
                Utterance h = e.getValue().get(0);
                throw new WerkDataException(hyp.source(), h.line(), Channels.describe(h.segment())
                        + " is not in the reference " + Channels.name(ref));
            }
        }
        List<UtterancePair> pairs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, List<Utterance>> e : refChannels.entrySet()) {
            Utterance r = merged(e.getValue());
            List<Utterance> hs = hypChannels.get(e.getKey());
            String prefix = r.segment().file() + "-" + r.segment().channel() + "-";
            if (hs == null) {
                warnings.add(Channels.name(ref) + ":" + r.line() + ": " + Channels.describe(r.segment())
                        + " has no words in " + Channels.name(hyp) + "; scored as all deletions");
                String id = prefix + "0000";
                pairs.add(new UtterancePair(id, chunk(id, r, r.words()), null));
                continue;
            }
            Utterance h = merged(hs);
            List<int[]> chunks = CtmChunker.chunks(r.words(), h.words());
            for (int c = 0; c < chunks.size(); c++) {
                int[] k = chunks.get(c);
                String id = prefix + String.format(Locale.ROOT, "%04d", c);
                pairs.add(new UtterancePair(id, chunk(id, r, r.words().subList(k[0], k[1])),
                        chunk(id, h, h.words().subList(k[2], k[3]))));
            }
        }
        return new Pairing.Result(pairs, warnings, Pairing.Source.of(ref), Pairing.Source.of(hyp));
    }

    /** One utterance holding all words of a file/channel (CTM lists a channel once unless unsorted). */
    private static Utterance merged(List<Utterance> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<TimedWord> words = new ArrayList<>();
        for (Utterance u : parts) {
            words.addAll(u.words());
        }
        Utterance first = parts.get(0);
        return new Utterance(first.id(), first.line(), TimedUnits.text(words), words, first.segment());
    }

    private static Utterance chunk(String id, Utterance whole, List<TimedWord> words) {
        double begin = Double.NaN;
        double end = Double.NaN;
        for (TimedWord w : words) {
            if (TimedUnits.isTimed(w)) {
                begin = Double.isNaN(begin) ? w.start() : Math.min(begin, w.start());
                end = Double.isNaN(end) ? w.end() : Math.max(end, w.end());
            }
        }
        Segment s = whole.segment();
        return new Utterance(id, whole.line(), TimedUnits.text(words), words,
                new Segment(s.file(), s.channel(), s.speaker(), begin, end, null, false));
    }
}
