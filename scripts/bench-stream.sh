#!/usr/bin/env bash
# The stream's scaling figure (BENCHMARKS.md): one consumer against two on the same articles.
# Needs a broker (scripts/kafka-broker.sh PORT DIR). Usage: scripts/bench-stream.sh HOST:PORT [INPUT] [N] [WORKDIR]
# Publishes the first N items of INPUT to two fresh topics of 2 partitions, then consumes one with
# --workers 1 and the other with --workers 2 (one process, one set of models); the rate runs from
# the first poll to the last stored article (model loading and the idle wait excluded).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
broker="$1"
input="${2:-$root/../shared/corpus/wikinews/wikinews_2019_2020.jsonl}"
n="${3:-100}"
work="${4:-$(mktemp -d)}"
export TIDINGS_JAVA_OPTS="${TIDINGS_JAVA_OPTS:--Xmx3g}"
mkdir -p "$work/in"
head -n "$n" "$input" > "$work/in/articles.jsonl"
run=$(date +%s)
for workers in 1 2; do
  topic="kafka://$broker/bench-$run-w$workers"
  "$root/tidings" publish "$work/in/articles.jsonl" "$topic"
  echo "== $workers worker(s): tidings consume $topic --workers $workers"
  /usr/bin/time -v "$root/tidings" consume "$topic" --db "$work/w$workers.duckdb" --workers "$workers" --until-idle 30s \
      2> "$work/w$workers.time" | tail -1
  grep -E "Elapsed \(wall|Maximum resident|User time" "$work/w$workers.time" | sed 's/^\s*/   /'
done
