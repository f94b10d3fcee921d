#!/usr/bin/env bash
# Builds the JMH jar and runs the benchmarks (all, or those matching $1), one thread, one fork.
# Results go to bench/target/jmh-results.txt; copy the figures into BENCHMARKS.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
shared="${WERK_SHARED:-$root/../shared}"
(cd "$root" && mvn -B -q -DskipTests -pl bench -am install)
"$here/gen-long.sh" >/dev/null
java -jar "$here/target/werk-bench.jar" "${1:-.*}" -t 1 \
  -jvmArgsAppend "-Dwerk.shared=$shared -Dwerk.long200k=$here/target/long200k" \
  | tee "$here/target/jmh-results.txt"
