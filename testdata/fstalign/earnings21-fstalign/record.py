#!/usr/bin/env python3
"""Writes counts.tsv from fstalign's own output on Earnings-21 (see NOTICE.md).

usage: record.py RUNS_DIR EARNINGS21_DIR > counts.tsv

RUNS_DIR holds one <system>-<call>.out per run, fstalign's console output of
  fstalign wer --ref transcripts/nlp_references/<call>.nlp \
      --ref-json transcripts/normalizations/<call>.norm.json \
      --hyp output/<system>/<call>.nlp --json-log <...>
(<system> with '/' written '_'). Only runs that ended ('done') are read. Per run it writes the
line 'best WER: E/N' as class '*', and per entity class of the call's wer_tag file the sums of
fstalign's 'Wer Entity ID x WER: e/n' lines (ids the wer_tag file lacks are left out).
"""
import collections, glob, json, os, re, sys

runs, corpus = sys.argv[1], sys.argv[2]
SYSTEMS = ['google', 'amazon', 'microsoft', 'speechmatics', 'rev/kaldi/nlp', 'rev/espnet/nlp', 'kaldi_org/librispeech/nlp']
BY_TAG = {s.replace('/', '_'): s for s in SYSTEMS}
print('# fstalign 1.1.0 (revdotcom/fstalign 702b13e) on Earnings-21: system, call, class (* = the whole call), errors, words')
print('system\tcall\tclass\terrors\twords')
for f in sorted(glob.glob(os.path.join(runs, '*.out'))):
    base = os.path.basename(f)[:-4]
    tag, call = base.rsplit('-', 1)
    system = BY_TAG[tag]
    text = open(f, encoding='utf-8').read()
    if not text.strip().endswith('done'):
        continue
    m = re.search(r'best WER: (\d+)/(\d+)', text)
    print('%s\t%s\t*\t%s\t%s' % (system, call, m.group(1), m.group(2)))
    tags = json.load(open(os.path.join(corpus, 'transcripts/wer_tags', call + '.wer_tag.json'), encoding='utf-8'))
    per = collections.OrderedDict()
    for e in re.finditer(r'Wer Entity ID (\S+) WER: (\d+)/(\d+)', text):
        if e.group(1) not in tags:
            continue
        c = per.setdefault(tags[e.group(1)]['entity_type'], [0, 0])
        c[0] += int(e.group(2))
        c[1] += int(e.group(3))
    for k in sorted(per):
        print('%s\t%s\t%s\t%d\t%d' % (system, call, k, per[k][0], per[k][1]))
