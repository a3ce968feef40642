#!/usr/bin/env bash
# Runs every test of the repository: installs what the tests need (npm oracles), builds the solution, runs
# every test project, prints each conformance suite's line and, last, the total over all test runs.
# Exit status is non-zero when anything failed or no test ran.
set -uo pipefail
cd "$(dirname "$0")"
root=$PWD
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results/suites"
export SUITE_REPORT_DIR="$results/suites"

# npm packages the tests drive (graphql-js, the Node MongoDB driver, …): every tests/**/package.json.
while IFS= read -r manifest; do
  dir=$(dirname "$manifest")
  echo "npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $dir"; exit 1; }
done < <(find tests -name package.json -not -path '*/node_modules/*' | sort)

dotnet build Serverless.sln --nologo -v quiet -clp:ErrorsOnly || { echo "build failed"; echo "tests: 0 passed, 1 failed"; exit 1; }

log="$results/dotnet-test.log"
dotnet test Serverless.sln --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

echo
# One line per conformance suite. A suite checked by several tests writes NAME@PART.txt files: add them up.
for name in $(find "$results/suites" -name '*.txt' -printf '%f\n' | sed -E 's/(@.*)?\.txt$//' | sort -u); do
  p=0 f=0 s=0
  parts=()
  for file in "$results/suites/$name.txt" "$results/suites/$name@"*.txt; do
    [ -e "$file" ] || continue
    parts+=("$file")
    read -r a b c < <(head -n 1 "$file" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed, ([0-9]+) skipped.*/\1 \2 \3/')
    p=$((p + a)); f=$((f + b)); s=$((s + c))
  done
  echo "suite $name: $p passed, $f failed, $s skipped"
  for file in "${parts[@]}"; do
    case "$file" in *@*) head -n 1 "$file" | sed 's/^/  /' ;; esac
    tail -n +2 "$file"
  done
done

# VSTest prints one line per test assembly: "Passed!  - Failed: 0, Passed: 18, Skipped: 0, Total: 18, …".
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a test host crashed or a project failed to run: count it rather than hide it
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
