#!/usr/bin/env bash
# BSON codec benchmark, side by side with npm `bson` (js-bson) on the same documents.
#
#   bench/run-bson.sh                         # everything
#   bench/run-bson.sh --filter '*Decode*'     # arguments go to BenchmarkDotNet (default: --filter '*')
#
# 1. npm ci in bench/Bson.Benchmarks/js, then the Node reference run -> bench/artifacts/js-bson.json
# 2. the BenchmarkDotNet run in Release, which reads that file and prints the comparison table
#    (also written to bench/artifacts/bson-comparison.md).
# Data: $SHARED_DIR/data/sample_mflix/movies.json.gz, SHARED_DIR defaulting to ../shared beside the repository.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
shared="${SHARED_DIR:-$root/../shared}"
data="$shared/data/sample_mflix/movies.json.gz"
if [[ ! -f "$data" ]]; then
  echo "run-bson.sh: benchmark data not found at $data (set SHARED_DIR)" >&2
  exit 1
fi
BSON_BENCH_DATA="$(cd "$(dirname "$data")" && pwd)/$(basename "$data")"
export BSON_BENCH_DATA
artifacts="$bench/artifacts"
mkdir -p "$artifacts"
rm -f "$artifacts/js-bson.json"

echo "== machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if awk '{ exit !($1 > 1.0) }' /proc/loadavg; then
  echo "== warning: the machine is busy (1-minute load above 1); figures, js-bson's most, will be noisy"
fi
echo "== js-bson reference run"
(cd "$bench/Bson.Benchmarks/js" && npm ci --no-audit --no-fund --loglevel=error)
node --expose-gc "$bench/Bson.Benchmarks/js/bench.mjs" --data "$BSON_BENCH_DATA" \
  --out "$artifacts/js-bson.json" --corpus-out "$artifacts/js-bson-corpus.bson"

echo "== load average before BenchmarkDotNet: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== Serverless.Bson (BenchmarkDotNet, Release)"
status=0
dotnet run -c Release --project "$bench/Bson.Benchmarks" -- --js-results "$artifacts/js-bson.json" "$@" || status=$?
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
