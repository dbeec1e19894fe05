#!/usr/bin/env bash
# Shared by deploy/load/run.sh and deploy/load/explain.sh: the load database (filled once with the national dataset),
# the published API, starting and stopping it. Everything stays on 127.0.0.1.
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

DB="${BPOM_BEBAN_DB:-bpom_nasional}"
TAHUN="${BPOM_BEBAN_TAHUN:-10}"
PORT="${BPOM_BEBAN_PORT:-5091}"
KERJA="$DATA_DIR/beban"
API_PID=""

# psql on the local cluster as bpom: psql_beban <db> <args…>
psql_beban() { local db=$1; shift; pg_run "$PG_BINDIR/psql" -h "$PG_DATA" -p "$PG_PORT" -U bpom -d "$db" "$@"; }

# Starts the cluster, creates $DB, publishes the API to $KERJA/api, migrates, seeds and writes the dataset once.
siapkan_beban() {
  ensure_dotnet
  command -v python3 >/dev/null 2>&1 || apt_install python3
  ensure_local_postgres
  ensure_signing_key
  export PATH="$PG_BINDIR:$PATH"
  PW="$(cat "$DATA_DIR/pg-password")"
  if ! psql_beban postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
    pg_run "$PG_BINDIR/createdb" -h "$PG_DATA" -p "$PG_PORT" -U bpom "$DB"
  fi
  export ConnectionStrings__Bpom="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=bpom;Password=$PW"
  log "Building the API"
  mkdir -p "$KERJA"
  dotnet publish "$ROOT/src/Bpom.Platform.Api/Bpom.Platform.Api.csproj" -c Release -o "$KERJA/api" --nologo -v quiet >&2
  log "Migrations, seed data (demo users) and the national dataset ($TAHUN years, once)"
  (cd "$KERJA/api" && ASPNETCORE_ENVIRONMENT=Development dotnet Bpom.Platform.Api.dll migrate >&2)
  (cd "$KERJA/api" && ASPNETCORE_ENVIRONMENT=Development dotnet Bpom.Platform.Api.dll seed-nasional --tahun "$TAHUN" >&2)
}

# Starts the published API in Production mode on $PORT; stopped by henti_api (and on exit).
mulai_api() {
  log "Starting the API on 127.0.0.1:$PORT (Production)"
  # One load user makes hundreds of requests a second: the per-user and login limits are lifted for the measurement.
  (cd "$KERJA/api" && exec env ASPNETCORE_ENVIRONMENT=Production BatasLaju__Aktif=false dotnet Bpom.Platform.Api.dll --urls "http://127.0.0.1:$PORT") > "$KERJA/api.log" 2>&1 &
  API_PID=$!
  trap 'henti_api; stop_local_postgres_if_started' EXIT
  wait_for_http "http://127.0.0.1:$PORT/health/ready" 120 || die "API did not start (see $KERJA/api.log)"
}

henti_api() { [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null || true; API_PID=""; }
