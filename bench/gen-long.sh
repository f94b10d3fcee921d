#!/usr/bin/env bash
# Generates the 200,000-word long-form pair with the shared generator (DESIGN.md §4 row 3):
#   gen_corpus.py OUT --utts 0 --long-words 200000 --seed 1  ->  OUT/long/{ref,hyp}.txt
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="${WERK_SHARED:-$here/../../shared}"
out="${1:-$here/target/long200k}"
if [ -f "$out/long/ref.txt" ]; then
  echo "$out/long already exists"
  exit 0
fi
mkdir -p "$out"
python3 "$shared/bench/gen_corpus.py" "$out" --utts 0 --long-words 200000 --seed 1 >/dev/null
wc -w "$out/long/ref.txt" "$out/long/hyp.txt"
