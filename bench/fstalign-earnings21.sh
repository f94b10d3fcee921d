#!/usr/bin/env bash
# Whole-process timing of `werk score --fstalign` on all 308 Earnings-21 call x system pairs
# (44 calls x 7 systems, with normalizations and wer_tags): one werk process per system, run one
# after the other; prints each system's wall time and WER and the total.
# Usage: bench/fstalign-earnings21.sh   (WERK_SHARED overrides ../shared; WERK_JAR the jar, built by
#        `mvn -B -q -pl cli -am package -DskipTests`)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
shared="${WERK_SHARED:-$root/../shared}"
jar="${WERK_JAR:-$root/cli/target/werk.jar}"
e21="$shared/corpora/earnings21"
jvm=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$jar" dev.werk.cli.Main)
start=$(date +%s.%N)
for s in google amazon microsoft speechmatics rev/kaldi/nlp rev/espnet/nlp kaldi_org/librispeech/nlp; do
  t0=$(date +%s.%N)
  wer=$("${jvm[@]}" score --ref "$e21/transcripts/nlp_references" --hyp "$e21/output/$s" --fstalign -o json 2>/dev/null \
        | python3 -c 'import json,sys; print("%.4f" % json.load(sys.stdin)["wer"])')
  t1=$(date +%s.%N)
  printf '%-28s %6.2f s   wer %s\n' "$s" "$(echo "$t1 - $t0" | bc)" "$wer"
done
end=$(date +%s.%N)
printf 'total (308 pairs, 7 processes) %6.2f s\n' "$(echo "$end - $start" | bc)"
