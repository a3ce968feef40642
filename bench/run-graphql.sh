#!/usr/bin/env bash
# GraphQL engine benchmark, side by side with graphql-js (npm `graphql`, version pinned in GraphQL.Benchmarks/js).
#
#   bench/run-graphql.sh                          # everything
#   bench/run-graphql.sh --filter '*Parse*'       # arguments go to BenchmarkDotNet (default: --filter '*')
#
# 1. npm ci in bench/GraphQL.Benchmarks/js, then the Node reference run -> bench/artifacts/graphql-js.json
# 2. the BenchmarkDotNet run in Release, which checks both sides gave the same execution JSON (exit 1 if not),
#    then prints the comparison table (also written to bench/artifacts/graphql-comparison.md).
# Fixtures: $SHARED_DIR/specs/graphql/fixtures/graphql-js, SHARED_DIR defaulting to ../shared beside the repository.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
shared="${SHARED_DIR:-$root/../shared}"
fixtures="$shared/specs/graphql/fixtures/graphql-js"
for file in github-schema.graphql kitchen-sink.graphql; do
  if [[ ! -f "$fixtures/$file" ]]; then
    echo "run-graphql.sh: fixture not found at $fixtures/$file (set SHARED_DIR)" >&2
    exit 1
  fi
done
GRAPHQL_BENCH_FIXTURES="$(cd "$fixtures" && pwd)"
export GRAPHQL_BENCH_FIXTURES
artifacts="$bench/artifacts"
mkdir -p "$artifacts"
rm -f "$artifacts/graphql-js.json"

echo "== machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if awk '{ exit !($1 > 1.0) }' /proc/loadavg; then
  echo "== warning: the machine is busy (1-minute load above 1); figures will be noisy"
fi
echo "== graphql-js reference run"
(cd "$bench/GraphQL.Benchmarks/js" && npm ci --no-audit --no-fund --loglevel=error)
node "$bench/GraphQL.Benchmarks/js/bench.mjs" --fixtures "$GRAPHQL_BENCH_FIXTURES" --out "$artifacts/graphql-js.json"

echo "== load average before BenchmarkDotNet: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== Serverless.GraphQL (BenchmarkDotNet, Release)"
status=0
dotnet run -c Release --project "$bench/GraphQL.Benchmarks" -- --js-results "$artifacts/graphql-js.json" "$@" || status=$?
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
