#!/usr/bin/env bash
# Core end-to-end benchmark (issue 5): the MFlix requests of seed 002 through CompiledApp.ExecuteAsync, the engine,
# our client and the embedded server, all in one process, with the loaders' batching on (default) and off.
#
#   bench/run-core.sh             # about 1.5 minutes plus the Release build
#   bench/run-core.sh --indexes   # the same with indexes on comments.movie_id and users.email
#
# 1. builds Core.Benchmarks in Release
# 2. runs it: it seeds an in-process embedded server with movies, comments and users of
#    $SHARED_DIR/data/sample_mflix, compiles the MFlix definition of $SHARED_DIR/seeds/002_*.txt twice (default
#    options, and CoreOptions.Batching = false), checks that both answer each request the same,
#    then prints commands per request, latency and requests/s side by side (also bench/artifacts/core-comparison.md).
# SHARED_DIR defaults to ../shared beside the repository.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
shared="${SHARED_DIR:-$root/../shared}"
for needed in "$shared/data/sample_mflix/movies.json.gz" "$shared/data/sample_mflix/comments.json.gz" "$shared/data/sample_mflix/users.json.gz"; do
  if [[ ! -f "$needed" ]]; then
    echo "run-core.sh: benchmark data not found at $needed (set SHARED_DIR)" >&2
    exit 1
  fi
done
if ! compgen -G "$shared/seeds/002_*.txt" >/dev/null; then
  echo "run-core.sh: seed 002 not found under $shared/seeds (set SHARED_DIR)" >&2
  exit 1
fi

echo "== building the benchmark (Release)"
dotnet build -c Release "$bench/Core.Benchmarks" -v quiet -nologo

echo "== machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if awk '{ exit !($1 > 1.0) }' /proc/loadavg; then
  echo "== warning: the machine is busy (1-minute load above 1); figures will be noisy"
fi
SHARED_DIR="$shared" dotnet "$bench/Core.Benchmarks/bin/Release/net10.0/Core.Benchmarks.dll" "$@"
