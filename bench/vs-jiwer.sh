#!/usr/bin/env bash
# Whole-process start-up and speed of ./werk side by side with jiwer 4, for the targets of issue 7
# (point 9): `werk --version` alone, the 20,000-word pair, one Earnings-21 system folder (44 calls,
# jiwer in one process) and the 20,000 short pairs. The commands run in turn, A B [C] A B [C] ...,
# after one warm-up round, so every ratio compares runs taken moments apart; the machine's speed
# drifts by a third over minutes, so quote the ratios, not the seconds.
#
# Usage: bench/vs-jiwer.sh [-n RUNS] [CASE ...]     cases: version long earnings short (default: all)
# Env:   PEERS      jiwer 4 as built by ../shared/bench/peers/build-peers.sh (default: peers/ under $TMPDIR)
#        WERK_BASE  a second werk checkout (or a folder holding werk + cli/target/werk.jar) timed in the
#                   same rounds, for before/after figures; its ratios are printed too
#        WERK_SHARED (default ../shared), EARNINGS_SYSTEM (amazon)
# Output: per case the median wall seconds of each command and the median of the round-by-round ratio
#         to jiwer (version: to a plain JVM printing "hi", for scale).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="${WERK_SHARED:-$root/../shared}"
PEERS="${PEERS:-${TMPDIR:-/tmp}/peers}"
system="${EARNINGS_SYSTEM:-amazon}"
runs=11
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
cases=("$@"); [ "${#cases[@]}" -gt 0 ] || cases=(version long earnings short)

jiwer="$PEERS/bin/jiwer-score"
[ -x "$jiwer" ] || { echo "no jiwer at $jiwer: run ../shared/bench/peers/build-peers.sh first (see its README)" >&2; exit 2; }
werks=("$root/werk")
[ -n "${WERK_BASE:-}" ] && werks+=("$WERK_BASE/werk")
for w in "${werks[@]}"; do "$w" --version >/dev/null; done   # jar and class-data archive outside the timings

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
printf 'public class Hi { public static void main(String[] a) { System.out.println("hi"); } }\n' >"$work/Hi.java"
javac -d "$work" "$work/Hi.java"

# timer.py RUNS LABEL=CMD ... : rounds of every command in turn; medians and ratios to the second command
cat >"$work/timer.py" <<'EOF'
import os, shlex, statistics, subprocess, sys, time
n = int(sys.argv[1]); labels, cmds = [], []
for a in sys.argv[2:]:
    k, v = a.split("=", 1); labels.append(k); cmds.append(shlex.split(v))
wall = {k: [] for k in labels}
for i in range(n + 1):
    for k, c in zip(labels, cmds):
        t0 = time.monotonic()
        p = subprocess.Popen(c, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, _ = os.wait4(p.pid, 0)
        if status != 0: sys.exit("%s failed (status %d): %s" % (k, status, " ".join(c)))
        if i > 0: wall[k].append(time.monotonic() - t0)
peer = labels[1]
for k in labels:
    line = "  %-10s median %.3f s  min %.3f s" % (k, statistics.median(wall[k]), min(wall[k]))
    if k != peer:
        r = [a / b for a, b in zip(wall[k], wall[peer])]
        line += "   %s/%s median %.2f (min %.2f, max %.2f)" % (k, peer, statistics.median(r), min(r), max(r))
    print(line)
EOF
py="$PEERS/venv/bin/python"; [ -x "$py" ] || py=python3

echo "vs-jiwer.sh: $(date -u +%FT%TZ), $runs rounds, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for c in "${cases[@]}"; do
  case "$c" in
    version) args="--version"; peer="jvm-hi=java -Xshare:auto -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp $work Hi" ;;
    long|short) args="score --ref $shared/bench/$c/ref.txt --hyp $shared/bench/$c/hyp.txt -o json"
                peer="jiwer=$jiwer $shared/bench/$c/ref.txt $shared/bench/$c/hyp.txt" ;;
    earnings) e="$shared/corpora/earnings21-plain"
              args="score --ref $e/reference --hyp $e/$system --whole-file -o json"
              peer="jiwer=$jiwer --folder $e/reference $e/$system" ;;
    *) echo "unknown case $c (version, long, earnings, short)" >&2; exit 2 ;;
  esac
  spec=("werk=${werks[0]} $args" "$peer")
  [ "${#werks[@]}" -gt 1 ] && spec+=("werk-base=${werks[1]} $args")
  echo "$c: werk $args"
  "$py" "$work/timer.py" "$runs" "${spec[@]}"
done
