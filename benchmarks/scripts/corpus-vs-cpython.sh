#!/usr/bin/env bash
# Parses the same tree with anvil-check (CorpusParse, whole JVM process) and with CPython 3.13's ast.parse
# (cpython_ast_parse.py), one after the other, and prints both lines and the ratio of wall-clock seconds.
#
#   benchmarks/scripts/corpus-vs-cpython.sh [DIR] [extra CorpusParse options]
#
# DIR defaults to CPython 3.13's standard library without site-packages (DESIGN.md section 13).
# JVM options: $JAVA_OPTS, default "-Xmx512m -XX:TieredStopAtLevel=1" (C1 only: for a run of a few seconds the
# C2 compiler's own CPU time costs more than it saves; the same setting suits the CLI launcher). The default JIT is
# measured too, for comparison.
# Build the jar first: ./mvnw -B -o -pl benchmarks -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
python="${CPYTHON313:-/root/.pyenv/versions/3.13.0/bin/python}"
dir="${1:-$("$python" -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')}"
shift || true
jar="$here/benchmarks/target/benchmarks.jar"
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -B -o -pl benchmarks -am package -DskipTests" >&2; exit 2; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
opts="${JAVA_OPTS:--Xmx512m -XX:TieredStopAtLevel=1}"
# shellcheck disable=SC2086
ours="$(java $opts -cp "$jar" dev.anvilcheck.bench.CorpusParse --exclude site-packages "$@" "$dir")"
echo "anvil-check ($opts): $ours"
full="$(java -Xmx512m -cp "$jar" dev.anvilcheck.bench.CorpusParse --exclude site-packages "$@" "$dir")"
echo "anvil-check (-Xmx512m, default JIT): $full"
theirs="$("$python" "$here/benchmarks/scripts/cpython_ast_parse.py" --exclude site-packages "$dir")"
echo "CPython:     $theirs"
secs() { sed -E 's/.*seconds=([0-9.]+).*/\1/' <<< "$1"; }
awk -v a="$(secs "$ours")" -v f="$(secs "$full")" -v b="$(secs "$theirs")" 'BEGIN {
  printf "ratio: anvil-check is %.2fx as fast as CPython ast.parse (wall clock, whole process; %.2fx with the default JIT)\n", b / a, b / f }'
