#!/usr/bin/env bash
# Parses the same tree with anvil-check (CorpusParse, whole JVM process) and with CPython 3.13's ast.parse
# (cpython_ast_parse.py), one after the other, and prints both lines and the ratio of wall-clock seconds.
#
#   benchmarks/scripts/corpus-vs-cpython.sh [DIR] [extra CorpusParse options]
#
# DIR defaults to CPython 3.13's standard library without site-packages (DESIGN.md section 13).
# Build the jar first: ./mvnw -B -o -pl benchmarks -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
python="${CPYTHON313:-/root/.pyenv/versions/3.13.0/bin/python}"
dir="${1:-$("$python" -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')}"
shift || true
jar="$here/benchmarks/target/benchmarks.jar"
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -B -o -pl benchmarks -am package -DskipTests" >&2; exit 2; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
ours="$(java -Xmx512m -cp "$jar" dev.anvilcheck.bench.CorpusParse --exclude site-packages "$@" "$dir")"
echo "anvil-check: $ours"
theirs="$("$python" "$here/benchmarks/scripts/cpython_ast_parse.py" --exclude site-packages "$dir")"
echo "CPython:     $theirs"
a="$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<< "$ours")"
b="$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<< "$theirs")"
awk -v a="$a" -v b="$b" 'BEGIN { printf "ratio: anvil-check is %.2fx as fast as CPython ast.parse (wall clock, whole process)\n", b / a }'
