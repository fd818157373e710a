#!/usr/bin/env bash
# Load on the REST API with wrk (Debian package `wrk`): serves a store with `./tidings serve`, then
# drives 20 concurrent connections at each read endpoint for a fixed time, printing wrk's latency
# distribution. Bounded: every wrk run is given its duration, the whole script a timeout, and the
# server it started is stopped by its process id at the end.
#
#   bench/api-load.sh STORE.duckdb [SECONDS=20] [CLIENTS=20] [--with-ingest]
#
# STORE is a DuckDB store, e.g. one `tidings bench store --events 1000000 --db FILE` loaded (its
# search index is built at the first serve). --with-ingest posts articles to the server
# (POST /api/articles, coded by the server) throughout the load, so reads run while an ingest does.
set -euo pipefail
store=${1:?usage: bench/api-load.sh STORE.duckdb [SECONDS] [CLIENTS] [--with-ingest]}
seconds=${2:-20}
clients=${3:-20}
ingest=${4:-}
here=$(cd "$(dirname "$0")/.." && pwd)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
work=$(mktemp -d)
port=${PORT:-7171}
base="http://127.0.0.1:$port"

cleanup() {
  [[ -n "${ingester:-}" ]] && kill "$ingester" 2>/dev/null || true
  [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

TIDINGS_JAVA_OPTS=${TIDINGS_JAVA_OPTS:--Xmx3g} timeout 3600 "$here/tidings" serve --db "$store" --port "$port" \
  --token-file "$work/token" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 1200); do
  grep -q "Serving" "$work/serve.log" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done
grep "Serving\|search index" "$work/serve.log"

if [[ "$ingest" == "--with-ingest" ]]; then
  (
    n=0
    while true; do
      n=$((n + 1))
      printf '{"id":"load-%d","published":"2023-06-%02d","text":"French President Emmanuel Macron hosted Tajik President Emomali Rakhmon in Paris on Tuesday, visit %d."}\n' \
        "$n" $((n % 28 + 1)) "$n" >"$work/article.jsonl"
      curl -s -o /dev/null -H "Authorization: Bearer $(cat "$work/token")" --data-binary @"$work/article.jsonl" \
        "$base/api/articles" || true
    done
  ) &
  ingester=$!
  echo "ingest: POST /api/articles in a loop (one article a request, coded by the server); waiting for the first"
  for _ in $(seq 1 600); do grep -q "coded POST" "$work/serve.log" && break; sleep 0.5; done
fi

# Warm-up: compiles the hot paths, fills the connection pool.
wrk -t2 -c"$clients" -d5s "$base/api/events?limit=50" >/dev/null

echo "date: $(date -u +%FT%TZ)  commit: $(git -C "$here" rev-parse --short HEAD)  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in "/api/events?limit=50" "/api/events?limit=50&root=14" "/api/events?limit=50&plover=PROTEST&confidence=0.5" \
    "/api/counts?from=2023-01-01&to=2023-12-31" "/api/articles?limit=50" "/api/search?q=protest&limit=20"; do
  echo "== GET $path, $clients connections, ${seconds}s"
  wrk -t2 -c"$clients" -d"${seconds}s" --latency "$base$path" | grep -E "Requests/sec|50%|90%|99%|Non-2xx|Socket errors"
done
echo "== GET /api/events?limit=40..60&from=D&to=D+30 (random D: every request a cache miss), $clients connections, ${seconds}s"
wrk -t2 -c"$clients" -d"${seconds}s" --timeout 10s --latency -s "$here/bench/varied-events.lua" "$base" \
  | grep -E "Requests/sec|50%|90%|99%|Non-2xx|Socket errors"
if [[ -n "${ingester:-}" ]]; then echo "ingested meanwhile: $(grep -c 'coded POST' "$work/serve.log" || true) articles"; fi
