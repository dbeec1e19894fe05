#!/usr/bin/env bash
# Installs what the tests need, then runs every test suite: .NET unit, architecture and integration tests
# (integration tests start their own throwaway PostgreSQL), and the client's suites once client/ has them.
# Ends with one line: "N passed, N failed".
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_dotnet
pg_bindir >/dev/null  # PostgreSQL server binaries for the integration tests' throwaway cluster

RESULTS="$DATA_DIR/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
status=0

log "Building"
dotnet build "$ROOT/Bpom.Platform.sln" -c Release --nologo -v quiet >&2

for project in "$ROOT"/tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  grep -q 'Microsoft.NET.Test.Sdk' "$project" || continue
  log "Running $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS" || status=1
done

passed=0
failed=0
for trx in "$RESULTS"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

if [ -f "$ROOT/client/package.json" ]; then
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  log "Running client tests"
  (cd "$ROOT/client" && npm ci --no-audit --no-fund >&2)
  if (cd "$ROOT/client" && npm test -- --reporter=json --outputFile="$RESULTS/client.json" >&2); then :; else status=1; fi
  if [ -s "$RESULTS/client.json" ]; then
    p=$(grep -o '"numPassedTests":[0-9]*' "$RESULTS/client.json" | head -n 1 | cut -d: -f2)
    f=$(grep -o '"numFailedTests":[0-9]*' "$RESULTS/client.json" | head -n 1 | cut -d: -f2)
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  fi
fi

if [ "$passed" -eq 0 ]; then
  echo "no tests ran" >&2
  status=1
fi
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit "$status"
