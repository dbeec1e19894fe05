#!/usr/bin/env bash
# Installs what the tests need, then runs every test suite: .NET unit, architecture and integration tests
# (integration tests start their own throwaway PostgreSQL), and the client's suites once client/ has them.
# Ends with one line: "N passed, N failed".
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_dotnet
pg_bindir >/dev/null  # PostgreSQL server binaries for the integration tests' throwaway cluster
# The e-mail tests send to a local SMTP sink: Debian's aiosmtpd under Debian's python3.
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || apt_install python3-aiosmtpd

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

# Adds a Vitest JSON report's counts to the totals.
count_vitest() {
  local p f
  [ -s "$1" ] || { failed=$((failed + 1)); return; }
  p=$(grep -o '"numPassedTests":[0-9]*' "$1" | head -n 1 | cut -d: -f2)
  f=$(grep -o '"numFailedTests":[0-9]*' "$1" | head -n 1 | cut -d: -f2)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}

if [ -f "$ROOT/client/package.json" ]; then
  ensure_node
  log "Installing client dependencies"
  (cd "$ROOT/client" && npm ci --no-audit --no-fund >&2)

  log "Running client unit tests (Vitest)"
  (cd "$ROOT/client" && npx vitest run --reporter=default --reporter=json --outputFile="$RESULTS/client-unit.json" >&2) || status=1
  count_vitest "$RESULTS/client-unit.json"

  log "Preparing browser tests: chromium, API + SPA on a fresh database"
  command -v chromium >/dev/null 2>&1 || apt_install chromium
  command -v curl >/dev/null 2>&1 || apt_install curl
  unset ConnectionStrings__Bpom  # browser tests always use the throwaway local cluster under .data/
  ensure_local_postgres
  trap 'stop_local_postgres_if_started' EXIT
  recreate_database bpom_e2e
  e2e_connection="${ConnectionStrings__Bpom/Database=bpom;/Database=bpom_e2e;}"
  (cd "$ROOT/client" && npm run build >&2)
  E2E_HOST="$DATA_DIR/e2e-host"
  rm -rf "$E2E_HOST"
  dotnet publish "$ROOT/src/Bpom.Platform.Api/Bpom.Platform.Api.csproj" -c Release -o "$E2E_HOST" --nologo -v quiet >&2
  mkdir -p "$E2E_HOST/wwwroot" && cp -r "$ROOT/client/dist/." "$E2E_HOST/wwwroot/"
  e2e_port=$(free_port 5180)
  (cd "$E2E_HOST" && ConnectionStrings__Bpom="$e2e_connection" ASPNETCORE_ENVIRONMENT=Development \
    Auth__SigningKey="browser-tests-only-signing-key-0123456789abcdef" Kalender__PemeriksaanHarian=false BatasLaju__Aktif=false Laporan__SimpanDetik=0 \
    exec dotnet Bpom.Platform.Api.dll --urls "http://127.0.0.1:$e2e_port" > "$RESULTS/e2e-api.log" 2>&1) &
  e2e_api=$!
  trap 'kill $e2e_api 2>/dev/null || true; stop_local_postgres_if_started' EXIT
  if wait_for_http "http://127.0.0.1:$e2e_port/health/ready" 180; then
    log "Running browser tests (Playwright + $(command -v chromium))"
    rm -rf "$ROOT/client/test-results"
    # The flows first (they create the activities, cohorts and reports), then the tour of every screen over them.
    (cd "$ROOT/client" && BPOM_E2E_URL="http://127.0.0.1:$e2e_port" CHROMIUM_PATH="$(command -v chromium)" \
      npx vitest run --config vitest.e2e.config.ts --exclude e2e/tampilan.e2e.ts --exclude e2e/daftar.e2e.ts --reporter=default --reporter=json --outputFile="$RESULTS/client-e2e.json" >&2) || status=1
    count_vitest "$RESULTS/client-e2e.json"
    (cd "$ROOT/client" && BPOM_E2E_URL="http://127.0.0.1:$e2e_port" CHROMIUM_PATH="$(command -v chromium)" \
      npx vitest run --config vitest.e2e.config.ts e2e/daftar.e2e.ts e2e/tampilan.e2e.ts --reporter=default --reporter=json --outputFile="$RESULTS/client-tour.json" >&2) || status=1
    count_vitest "$RESULTS/client-tour.json"
    [ -d "$ROOT/client/test-results/screenshots" ] && log "Screenshots of failed browser tests: client/test-results/screenshots/"
  else
    echo "The API for the browser tests did not become ready; see $RESULTS/e2e-api.log" >&2
    tail -n 30 "$RESULTS/e2e-api.log" >&2 || true
    status=1
    failed=$((failed + 1))
  fi
  kill "$e2e_api" 2>/dev/null || true
  wait "$e2e_api" 2>/dev/null || true

  # Backup and restore of the database the browser tests filled (documents included): counts and checksums per table.
  log "Backup and restore"
  if ConnectionStrings__Bpom="$e2e_connection" "$ROOT/deploy/backup-test.sh" > "$RESULTS/backup-restore.log" 2>&1; then
    passed=$((passed + 1)); tail -n 1 "$RESULTS/backup-restore.log" >&2
  else
    failed=$((failed + 1)); status=1; tail -n 20 "$RESULTS/backup-restore.log" >&2
  fi
fi

# The highly available topology and its failover test (BPOM_SKIP_HA=1 skips it).
if [ "${BPOM_SKIP_HA:-0}" != 1 ]; then
  log "HA topology: up, failover test, down"
  "$ROOT/deploy/ha/down.sh" >/dev/null 2>&1 || true
  ha_publish=""
  [ -f "${E2E_HOST:-/nonexistent}/Bpom.Platform.Api.dll" ] && ha_publish="$E2E_HOST"
  if BPOM_HA_PUBLISH="$ha_publish" "$ROOT/deploy/ha/up.sh" > "$RESULTS/ha-up.log" 2>&1 \
     && "$ROOT/deploy/ha/failover-test.sh" > "$RESULTS/ha-failover.log" 2>&1; then
    passed=$((passed + 1)); grep -E "^(write unavailability|acknowledged writes|reminders sent|after losing|FAILOVER RESULT)" "$RESULTS/ha-failover.log" >&2 || true
  else
    failed=$((failed + 1)); status=1
    tail -n 30 "$RESULTS/ha-up.log" >&2 || true; tail -n 30 "$RESULTS/ha-failover.log" >&2 || true
  fi
  BPOM_HA_KEEP=1 "$ROOT/deploy/ha/down.sh" >/dev/null 2>&1 || true
  cp "$DATA_DIR"/ha/*.log "$RESULTS/" 2>/dev/null || true
  rm -rf "$DATA_DIR/ha"
fi

# Names every failed test just above the closing line, so the tail of a CI log says what failed.
list_failed() {
  local trx report
  for trx in "$RESULTS"/*.trx; do
    [ -e "$trx" ] || continue
    grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n 's/.*testName="\([^"]*\)".*/  FAILED (dotnet) \1/p'
  done
  for report in "$RESULTS"/client-*.json; do
    [ -s "$report" ] || continue
    node -e 'const r=require(process.argv[1]);for(const f of r.testResults||[])for(const t of f.assertionResults||[])if(t.status==="failed")console.log("  FAILED ("+require("path").basename(f.name)+") "+t.fullName)' "$report" 2>/dev/null || true
  done
}
if [ "$failed" -ne 0 ]; then
  echo "Failed tests:" >&2
  list_failed >&2
fi

if [ "$passed" -eq 0 ]; then
  echo "no tests ran" >&2
  status=1
fi
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit "$status"
