#!/usr/bin/env bash
# Does what the Dockerfile does, without a container engine: publish the app as the build stage does, then run
# the published app the way the runtime stage does (a mounted knowledge folder, configuration only through the
# environment, an index folder) and probe /healthz and /readyz like the HEALTHCHECK.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
port=${PORT:-18089}

dotnet publish src/PeaceBot/PeaceBot.csproj -c Release -o "$work/app" --nologo -v quiet
cp -r knowledge "$work/knowledge"          # the mount point /knowledge
mkdir -p "$work/index"

ASPNETCORE_URLS="http://127.0.0.1:$port" \
Knowledge__Folder="$work/knowledge" \
Knowledge__IndexPath="$work/index" \
  dotnet "$work/app/PeaceBot.dll" serve >"$work/serve.log" 2>&1 &
pid=$!

start=$(date +%s%N)
for _ in $(seq 1 100); do
  if dotnet "$work/app/PeaceBot.dll" probe "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  sleep 0.2
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
dotnet "$work/app/PeaceBot.dll" probe "http://127.0.0.1:$port/healthz"
dotnet "$work/app/PeaceBot.dll" probe "http://127.0.0.1:$port/readyz"
echo "container-smoke: ready after ${ready_ms} ms (includes the probe's own start-up)"
