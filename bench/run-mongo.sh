#!/usr/bin/env bash
# MongoDB layer benchmark: our client (src/Mongo) side by side with the official Node driver (npm `mongodb`, version
# pinned in Mongo.Benchmarks/js), against ONE embedded server, then finds with and without an index.
#
#   bench/run-mongo.sh
#
# 1. builds the embedded server and the benchmark in Release, then starts the server once (port 0, seeded with
#    sample_mflix.movies) and reads its URI
# 2. npm ci in bench/Mongo.Benchmarks/js, then the Node reference run -> bench/artifacts/mongo-node.json
# 3. the .NET run on the same server, which prints both tables (also bench/artifacts/mongo-comparison.md)
# 4. stops the server. The two runs never overlap.
# Data: $SHARED_DIR/data/sample_mflix/movies.json.gz, SHARED_DIR defaulting to ../shared beside the repository.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
shared="${SHARED_DIR:-$root/../shared}"
data="$shared/data/sample_mflix/movies.json.gz"
if [[ ! -f "$data" ]]; then
  echo "run-mongo.sh: benchmark data not found at $data (set SHARED_DIR)" >&2
  exit 1
fi
artifacts="$bench/artifacts"
seed="$artifacts/mongo-seed"
rm -rf "$seed" "$artifacts/mongo-node.json"
mkdir -p "$seed/sample_mflix"
# The seed loader reads <dir>/<db>/<collection>.json.gz: a folder holding only the movies.
ln -s "$(cd "$(dirname "$data")" && pwd)/$(basename "$data")" "$seed/sample_mflix/movies.json.gz"

echo "== building the embedded server and the benchmark (Release)"
dotnet build -c Release "$root/src/Mongo.Embedded" -v quiet -nologo
dotnet build -c Release "$bench/Mongo.Benchmarks" -v quiet -nologo
(cd "$bench/Mongo.Benchmarks/js" && npm ci --no-audit --no-fund --loglevel=error)

server_out="$artifacts/mongo-server.out"
dotnet "$root/src/Mongo.Embedded/bin/Release/net10.0/Serverless.Mongo.Embedded.dll" --port 0 --seed "$seed" >"$server_out" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [[ -s "$server_out" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$server_out" >&2; exit 1; }
  sleep 0.1
done
uri="$(head -n 1 "$server_out")"
if [[ "$uri" != mongodb://* ]]; then
  echo "run-mongo.sh: the server did not print its URI: $uri" >&2
  exit 1
fi

echo "== server $uri (pid $server_pid); machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if awk '{ exit !($1 > 1.0) }' /proc/loadavg; then
  echo "== warning: the machine is busy (1-minute load above 1); figures will be noisy"
fi
echo "== Node driver reference run"
node "$bench/Mongo.Benchmarks/js/bench.mjs" --uri "$uri" --out "$artifacts/mongo-node.json"

echo "== load average before the .NET run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== Serverless.Mongo client (Release)"
status=0
dotnet "$bench/Mongo.Benchmarks/bin/Release/net10.0/Mongo.Benchmarks.dll" --uri "$uri" --js-results "$artifacts/mongo-node.json" || status=$?
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
