#!/usr/bin/env bash
# Time-limit benchmark (issue 6, "Time limit"): how long after query-time-limit a slow request gets its 408.
#
#   bench/run-timelimit.sh                                # 50 rounds per limit, limits 100, 300 and 1000 ms
#   bench/run-timelimit.sh --iterations 10 --limits 300   # a quicker look
#
# 1. builds the embedded server, the Functions service and the benchmark in Release
# 2. the benchmark starts the embedded server (its own process, port 0), seeds generated data and the slow app,
#    then for each limit starts the Functions service (its own process, GraphQL__QueryTimeLimitMs=<limit>,
#    MONGODB_URI=<the embedded server>), posts the slow requests and prints p50/p99/max overshoot per limit
#    (also bench/artifacts/timelimit.md). It kills both processes when done.
# No shared data needed.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"

echo "== building (Release)"
for project in "$root/src/Mongo.Embedded" "$root/src/Functions" "$bench/TimeLimit.Benchmarks"; do
  dotnet build -c Release "$project" -v quiet -nologo
done

echo "== machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if awk '{ exit !($1 > 1.0) }' /proc/loadavg; then
  echo "== warning: the machine is busy (1-minute load above 1); figures will be noisy"
fi
dotnet "$bench/TimeLimit.Benchmarks/bin/Release/net10.0/TimeLimit.Benchmarks.dll" "$@"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
