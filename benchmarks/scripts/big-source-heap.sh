#!/usr/bin/env bash
# The smallest -Xmx (from a fixed ladder) with which BigSourceParse parses a synthetic source of each shape: the
# peak heap a parse needs, benchmark overhead included (the generated source, its bytes and, over the parser's
# size cap, its decoded text: about 3-4 bytes per source byte).
#
#   benchmarks/scripts/big-source-heap.sh [MB] [shape,...]
#
# LADDER="1024 1152 1280" tries other sizes (MB, ascending).
# Build the jar first: ./mvnw -B -o -pl benchmarks -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${JAR:-$here/benchmarks/target/benchmarks.jar}"   # JAR=... to measure another build
mb="${1:-32}"
shapes="${2:-stdlib,data,list,names,oneline,binop,string,docstring,nested}"
for shape in ${shapes//,/ }; do
  found=""
  for xmx in ${LADDER:-192 256 384 512 768 1024 1536 2048 3072 4096 6144 8192}; do
    out="$(java -Xmx${xmx}m -XX:TieredStopAtLevel=1 -cp "$jar" dev.anvilcheck.bench.BigSourceParse \
           --sizes "$mb" --shapes "$shape" 2>&1 || true)"
    line="$(grep -E "^$shape " <<< "$out" || true)"
    if [ -n "$line" ] && ! grep -q "out of memory" <<< "$line"; then
      found="$xmx"
      break
    fi
  done
  echo "$shape ${mb} MB: parses with -Xmx${found:-?}m${found:+}  ${line:-}"
done
