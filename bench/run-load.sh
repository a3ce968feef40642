#!/usr/bin/env bash
# Load benchmark: our HTTP server (src/Functions) side by side with an Apollo Server + graphql-js + DataLoader +
# Node driver implementation of the same MFlix app (bench/Load/apollo), both over ONE embedded MongoDB.
#
#   bench/run-load.sh                          # 1, 16 and 64 clients, 3 s warm-up + 10 s per cell: about 3 minutes
#   bench/run-load.sh --clients 16 --duration 5 --year 1955    # further arguments go to the driver
#   bench/run-load.sh --indexes ...            # first index the fields the app filters and joins on (both sides)
#
# 1. builds the embedded server, our server and the driver in Release; npm ci in bench/Load/apollo
# 2. starts the embedded server (port 0) seeded with sample_mflix and, as restheart.gql-apps, the app definition
#    bench/Load/mflix-app.json (seed 002)
# 3. starts our server (MONGODB_URI = that server, so it installs nothing) and the Apollo server on free loopback
#    ports; without src/Functions (a branch that has not merged it yet) only the Apollo side runs
# 4. runs bench/Load/LoadDriver, which checks both answer the same data, then loads each server in turn and prints
#    the table (also bench/artifacts/load-comparison.md)
# 5. stops every process it started, also on failure or Ctrl-C.
# Data: $SHARED_DIR/data/sample_mflix/*.json.gz, SHARED_DIR defaulting to ../shared beside the repository.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
shared="${SHARED_DIR:-$root/../shared}"
data="$(cd "$shared/data/sample_mflix" 2>/dev/null && pwd)" || { echo "run-load.sh: sample_mflix not found under $shared/data (set SHARED_DIR)" >&2; exit 1; }
artifacts="$bench/artifacts"
seed="$artifacts/load-seed"
mkdir -p "$artifacts"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free loopback port: the kernel picks one for a socket that is closed at once.
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# wait_for <pid> <log> <what> <command...>: until the command succeeds, failing early if the process died.
wait_for() {
  local pid="$1" log="$2" what="$3"; shift 3
  for _ in $(seq 1 600); do
    "$@" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "run-load.sh: $what exited:" >&2; tail -n 30 "$log" >&2; exit 1; }
    sleep 0.2
  done
  echo "run-load.sh: $what did not become ready in 120 s" >&2; tail -n 30 "$log" >&2; exit 1
}

# --indexes (script option, not the driver's): index what the MFlix mappings filter and join on, as a deployment
# would; both servers read the same MongoDB, so both profit.
indexes=false
if [[ "${1:-}" == "--indexes" ]]; then indexes=true; shift; fi

with_ours=false
[[ -f "$root/src/Functions/Functions.csproj" ]] && with_ours=true

echo "== building (Release)"
dotnet build -c Release "$root/src/Mongo.Embedded" -v quiet -nologo
dotnet build -c Release "$bench/Load/LoadDriver" -v quiet -nologo
if $with_ours; then
  dotnet build -c Release "$root/src/Functions" -v quiet -nologo
  ours_dll="$(dotnet msbuild "$root/src/Functions" -getProperty:TargetPath -p:Configuration=Release)"
fi
(cd "$bench/Load/apollo" && npm ci --no-audit --no-fund --loglevel=error)

# The seed loader reads <dir>/<db>/<collection>.json[.gz], one Extended JSON document a line.
rm -rf "$seed"
mkdir -p "$seed/sample_mflix" "$seed/restheart"
ln -s "$data"/*.json.gz "$seed/sample_mflix/"
node -e 'const fs=require("fs");console.log(JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1],"utf8"))))' \
  "$bench/Load/mflix-app.json" >"$seed/restheart/gql-apps.json"

mongo_log="$artifacts/load-mongo.out"
dotnet "$root/src/Mongo.Embedded/bin/Release/net10.0/Serverless.Mongo.Embedded.dll" --port 0 --seed "$seed" >"$mongo_log" 2>&1 &
pids+=($!)
wait_for "${pids[-1]}" "$mongo_log" "the embedded server" grep -q '^mongodb://' "$mongo_log"
uri="$(head -n 1 "$mongo_log")"
mongo_pid="${pids[-1]}"
echo "== embedded MongoDB $uri (pid ${pids[-1]})"
if $indexes; then
  (cd "$bench/Load/apollo" && node --input-type=module -e '
    import { MongoClient } from "mongodb";
    const client = new MongoClient(process.argv[1]);
    const db = client.db("sample_mflix");
    for (const [collection, key] of [["movies", { year: 1 }], ["movies", { title: 1 }], ["movies", { "tomatoes.viewer.rating": 1 }],
      ["comments", { movie_id: 1 }], ["comments", { email: 1 }], ["users", { email: 1 }], ["theaters", { "location.address.city": 1 }]]) {
      console.log("== index", collection, JSON.stringify(key), await db.collection(collection).createIndex(key));
    }
    await client.close();' "$uri")
fi

targets=()
query='{"query":"{ MoviesByTitle(title: \"\") { title } }"}'
ready() { curl -sf -o /dev/null -H 'content-type: application/json' -d "$query" "$1"; }
if $with_ours; then
  ours_port="$(free_port)"
  ours_log="$artifacts/load-ours.out"
  MONGODB_URI="$uri" ASPNETCORE_ENVIRONMENT=Production dotnet "$ours_dll" --urls "http://127.0.0.1:$ours_port" >"$ours_log" 2>&1 &
  pids+=($!)
  ours_url="http://127.0.0.1:$ours_port/graphql/mflix"
  wait_for "${pids[-1]}" "$ours_log" "our server" ready "$ours_url"
  echo "== ours   $ours_url (pid ${pids[-1]})"
  targets+=(--target "ours=$ours_url" --pid "ours=${pids[-1]}")
else
  echo "== src/Functions is not on this branch: Apollo only"
fi

apollo_port="$(free_port)"
apollo_log="$artifacts/load-apollo.out"
NODE_ENV=production node "$bench/Load/apollo/server.mjs" --uri "$uri" --port "$apollo_port" >"$apollo_log" 2>&1 &
pids+=($!)
apollo_url="http://127.0.0.1:$apollo_port/graphql/mflix"
wait_for "${pids[-1]}" "$apollo_log" "the Apollo server" ready "$apollo_url"
echo "== apollo $apollo_url (pid ${pids[-1]}, Node $(node --version))"
targets+=(--target "apollo=$apollo_url" --pid "apollo=${pids[-1]}")

echo "== machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg); busiest processes:"
ps -eo pid,pcpu,etime,args --sort=-pcpu | head -n 6 | cut -c1-150
if awk '{ exit !($1 > 1.0) }' /proc/loadavg; then
  echo "== warning: the machine is busy (1-minute load above 1); figures will be noisy"
fi
status=0
dotnet "$bench/Load/LoadDriver/bin/Release/net10.0/LoadDriver.dll" "${targets[@]}" --mongo-pid "$mongo_pid" "$@" || status=$?
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
