#!/usr/bin/env bash
# Scaling figures of issue 21 (BENCHMARKS.md, docs/scale.md): the same input through `tidings ingest`,
# the Spark job in local[1] and local[2]. Usage: scripts/bench-scale.sh [INPUT.jsonl] [WORKDIR]
# Each run loads the models afresh (wall time includes it; the job's own line gives the coding time).
# Peak resident memory of each JVM from /usr/bin/time -v.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="${1:-$root/../shared/corpus/wikinews/wikinews_2019_2020.jsonl}"
work="${2:-$(mktemp -d)}"
export TIDINGS_JAVA_OPTS="${TIDINGS_JAVA_OPTS:--Xmx3g}"
mkdir -p "$work"
run() {
  local name="$1"; shift
  echo "== $name: $*"
  /usr/bin/time -v "$@" 2> "$work/$name.time" | tail -1
  grep -E "Elapsed \(wall|Maximum resident|User time|System time" "$work/$name.time" | sed 's/^\s*/   /'
}
rm -rf "$work/ingest.duckdb"* "$work/spark1" "$work/spark2"
run ingest "$root/tidings" ingest "$input" --db "$work/ingest.duckdb" --threads 2 --no-progress
run spark-local1 "$root/tidings" spark run --master 'local[1]' --in "$input" --out "$work/spark1"
run spark-local2 "$root/tidings" spark run --master 'local[2]' --in "$input" --out "$work/spark2"
