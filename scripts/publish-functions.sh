#!/bin/sh
# Lays out the custom-handler package: the self-contained linux-x64 executable named by host.json, host.json
# and the function folders, all at the root (azure-functions.md §3, §4.1). Run on Linux so the apphost keeps +x.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/publish"
rm -rf "$out"
dotnet publish "$root/src/Functions/Functions.csproj" -c Release -r linux-x64 --self-contained true -o "$out"
cp "$root/host.json" "$out/"
for function in graphql appsUpdater; do
  mkdir -p "$out/$function"
  cp "$root/$function/function.json" "$out/$function/"
done
if [ -f "$root/local.settings.json" ]; then
  cp "$root/local.settings.json" "$out/"
fi
chmod +x "$out/Serverless.Functions"
