#!/bin/bash
# Records fstalign's adapted answers (its defaults, composition adapted) on a few Earnings-21 pairs
# with their normalization files: earnings21.sh FSTALIGN EARNINGS21_DIR > earnings21.tsv
fa=$1; E=$2
echo "# fstalign (revdotcom/fstalign dcf2655) wer --ref REF.nlp --ref-json NORM.json --hyp HYP.nlp --composition-approach adapted"
for pair in "4320211 amazon"; do
  set -- $pair
  r=$("$fa" wer --ref $E/transcripts/nlp_references/$1.nlp --ref-json $E/transcripts/normalizations/$1.norm.json \
      --hyp $E/output/$2/$1.nlp --composition-approach adapted 2>&1 | grep -o "best WER: INS:[0-9]* DEL:[0-9]* SUB:[0-9]*" | sed 's/best WER: //')
  printf '%s\t%s\t%s\n' "$1" "$2" "$r"
done
