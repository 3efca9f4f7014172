#!/usr/bin/env bash
# Makes docs/console.png: runs the console's browser test (log in, a signed Slack question that finds nothing),
# which, with PEACEBOT_CONSOLE_SCREENSHOT set, also photographs the Questions page. Needs chromium + chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/PeaceBot.Tests -c Release >/dev/null
PEACEBOT_CONSOLE_SCREENSHOT="$PWD/docs/console.png" dotnet test tests/PeaceBot.Tests --no-build -c Release \
  --filter "FullyQualifiedName~ConsoleBrowserTests.Log_in_find_a_problem" | tail -1
echo "wrote docs/console.png"
