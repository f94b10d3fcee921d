#!/usr/bin/env bash
# Whole-process timings of ./werk against the peer figures of DESIGN.md §4 (median of runs,
# hyperfine when installed, else /usr/bin/time). Peak memory from /usr/bin/time -v.
# Usage: bench/whole-process.sh [runs]   (WERK_SHARED overrides ../shared)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
shared="${WERK_SHARED:-$root/../shared}"
runs="${1:-10}"
werk="$root/werk"

"$werk" --version >/dev/null          # build the jar and the CDS archive outside the timings
"$here/gen-long.sh" >/dev/null

cases=(
  "short-levenshtein|score --ref $shared/bench/short/ref.txt --hyp $shared/bench/short/hyp.txt"
  "short-sclite|score --ref $shared/bench/short/ref.txt --hyp $shared/bench/short/hyp.txt --cost sclite"
  "long20k-levenshtein|score --ref $shared/bench/long/ref.txt --hyp $shared/bench/long/hyp.txt"
  "long20k-sclite|score --ref $shared/bench/long/ref.txt --hyp $shared/bench/long/hyp.txt --cost sclite"
  "long200k-levenshtein|score --ref $here/target/long200k/long/ref.txt --hyp $here/target/long200k/long/hyp.txt"
  "long200k-sclite|score --ref $here/target/long200k/long/ref.txt --hyp $here/target/long200k/long/hyp.txt --cost sclite"
)
# Earnings-21, all 44 calls and 7 systems: scoring alone, and with the 1,013-entry oracle list as terms.
e21="$shared/corpora/earnings21"
e21_systems="--hyp amazon=$e21/output/amazon --hyp google=$e21/output/google --hyp microsoft=$e21/output/microsoft \
--hyp speechmatics=$e21/output/speechmatics --hyp rev_kaldi=$e21/output/rev/kaldi/nlp \
--hyp rev_espnet=$e21/output/rev/espnet/nlp --hyp kaldi_org=$e21/output/kaldi_org/librispeech/nlp"
cases+=(
  "e21-7-score|score --ref $e21/transcripts/nlp_references $e21_systems --normalize jiwer2 -o json"
  "e21-7-terms|terms --ref $e21/transcripts/nlp_references $e21_systems --terms $e21/bias_lists/oracle_list.txt --normalize jiwer2 -o json"
)
extra="${WERK_BENCH_CASES:-}"

printf '%-22s %10s %10s %10s\n' case median_s min_s peak_MiB
for c in "${cases[@]}"; do
  name="${c%%|*}"; args="${c#*|}"
  if [ -n "$extra" ] && [[ ",$extra," != *",$name,"* ]]; then continue; fi
  opts=""
  case "$name" in long200k-*) opts="-Xmx1g" ;; esac
  peak=$( { WERK_JAVA_OPTS="$opts" /usr/bin/time -v "$werk" $args >/dev/null; } 2>&1 | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print int($2/1024)}')
  if command -v hyperfine >/dev/null 2>&1; then
    json="$(mktemp)"
    WERK_JAVA_OPTS="$opts" hyperfine -N --warmup 1 --runs "$runs" --export-json "$json" "$werk $args" >/dev/null 2>&1
    read -r median min < <(python3 -c "import json,sys; r=json.load(open('$json'))['results'][0]; print('%.3f %.3f' % (r['median'], r['min']))")
    rm -f "$json"
  else
    ts=()
    for _ in $(seq "$runs"); do
      s=$(date +%s.%N); WERK_JAVA_OPTS="$opts" "$werk" $args >/dev/null; e=$(date +%s.%N)
      ts+=("$(echo "$e - $s" | bc)")
    done
    read -r median min < <(printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f %.3f\n", a[int((NR+1)/2)], a[1]}')
  fi
  printf '%-22s %10s %10s %10s\n' "$name" "$median" "$min" "$peak"
done
