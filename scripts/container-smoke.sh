#!/usr/bin/env bash
# Does what the Dockerfile does, without a container engine: publish the app as the build stage does, then run
# the published app the way the runtime stage does (a mounted knowledge folder, configuration only through the
# environment, an index folder) and probe /healthz and /readyz like the HEALTHCHECK. Then, as a team would:
# ask through /api/ask, drop a file into the mounted folder and see it served, and stop with SIGTERM (docker stop).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "container-smoke: FAILED: $*" >&2
  echo "--- serve log ---" >&2
  cat "$work/serve.log" >&2 || true
  exit 1
}
port=${PORT:-18089}
base="http://127.0.0.1:$port"
key="smoke-test-api-key-0123456789"

dotnet publish src/PeaceBot/PeaceBot.csproj -c Release -o "$work/app" --nologo -v quiet
cp -r knowledge "$work/knowledge"          # the mount point /knowledge
mkdir -p "$work/index"
probe() { dotnet "$work/app/PeaceBot.dll" probe "$1"; }

ASPNETCORE_URLS="$base" \
Knowledge__Folder="$work/knowledge" \
Knowledge__IndexPath="$work/index" \
Knowledge__DebounceMilliseconds=200 \
Api__Key="$key" \
  dotnet "$work/app/PeaceBot.dll" serve >"$work/serve.log" 2>&1 &
pid=$!

start=$(date +%s%N)
for _ in $(seq 1 100); do
  if probe "$base/readyz" >/dev/null 2>&1; then break; fi
  kill -0 "$pid" 2>/dev/null || fail "serve exited before it was ready"
  sleep 0.2
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
probe "$base/healthz" || fail "/healthz"
probe "$base/readyz" || fail "/readyz"
echo "container-smoke: ready after ${ready_ms} ms (includes the probe's own start-up)"

if command -v curl >/dev/null 2>&1; then
  answer=$(curl -fsS -X POST "$base/api/ask" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d '{"command":"/sources"}') || fail "POST /api/ask"
  case "$answer" in *'"command":"sources"'*) ;; *) fail "unexpected /api/ask answer: $answer" ;; esac
  grep -q "$key" "$work/serve.log" && fail "the API key appears in the log"

  files() { curl -fsS "$base/readyz" | sed -E 's/.*"files":([0-9]+).*/\1/'; }
  before=$(files)
  printf -- '---\ntitle: Smoke test\npublished: 2025-03-10\nkind: article\n---\nThe smoke test ferry crossed the strait.\n' \
    >"$work/knowledge/smoke-test.md"
  for _ in $(seq 1 50); do [ "$(files)" -gt "$before" ] && break; sleep 0.2; done
  [ "$(files)" -gt "$before" ] || fail "a file dropped into the mounted folder was not picked up"
  echo "container-smoke: /api/ask answered; a new knowledge file was served ($before -> $(files) files)"
else
  echo "container-smoke: curl not found; skipped /api/ask and the live-reload check"
fi

kill -TERM "$pid"
set +e
wait "$pid"
code=$?
set -e
pid=
[ "$code" -eq 0 ] || fail "serve exited $code on SIGTERM (expected a clean 0)"
echo "container-smoke: stopped cleanly on SIGTERM"
