#!/usr/bin/env bash
# Shared helpers for deploy/run.sh and deploy/test.sh. Source, don't run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA_DIR="$ROOT/.data"
mkdir -p "$DATA_DIR"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mxx\033[0m %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install $* by hand"
  if [ "$APT_UPDATED" -eq 0 ]; then
    as_root apt-get update -qq >&2
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >&2
}

# PostgreSQL server binaries (initdb, pg_ctl, postgres): PATH first, then Debian's versioned folder, else install.
pg_bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return
  fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$d" ]; then
    log "Installing PostgreSQL server (Debian package postgresql)"
    apt_install postgresql >/dev/null
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [ -n "$d" ] || die "PostgreSQL binaries not found"
  echo "$d"
}

ensure_psql() { command -v psql >/dev/null 2>&1 || apt_install postgresql-client; }

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 || die ".NET SDK 10 is required (dotnet on PATH)"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# Runs a command as the postgres OS user when we are root (initdb/pg_ctl refuse to run as root).
pg_run() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local p
  for p in $(seq "${1:-55432}" $(( ${1:-55432} + 200 ))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "no free TCP port found"
}

# Server settings for the local cluster, sized for this machine instead of PostgreSQL's defaults (128 MB of shared
# buffers, JIT on): a quarter of the memory (at most 4 GB) for shared buffers, half as the planner's cache estimate,
# SSD costs, JIT off (it slows the short queries an API runs), room for bulk loads between checkpoints. 100
# connections: the API's pool (Database__MaksKoneksi, 20) and Hangfire's (5) per instance stay well under it.
pg_settings() {
  local mem_mb sb ec
  mem_mb=$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo 2>/dev/null || echo 4096)
  sb=$(( mem_mb / 4 )); [ "$sb" -gt 4096 ] && sb=4096; [ "$sb" -lt 128 ] && sb=128
  ec=$(( mem_mb / 2 ))
  echo "-c shared_buffers=${sb}MB -c effective_cache_size=${ec}MB -c work_mem=16MB -c maintenance_work_mem=512MB" \
       "-c max_connections=100 -c random_page_cost=1.1 -c effective_io_concurrency=200 -c jit=off" \
       "-c max_wal_size=4GB -c checkpoint_completion_target=0.9 -c shared_preload_libraries=pg_stat_statements"
}

# Starts (or reuses) the local cluster under .data/pg and exports ConnectionStrings__Bpom,
# unless ConnectionStrings__Bpom is already set.
ensure_local_postgres() {
  if [ -n "${ConnectionStrings__Bpom:-}" ]; then
    log "Using the PostgreSQL in ConnectionStrings__Bpom"
    return
  fi
  local bindir pgdata port pwfile
  bindir=$(pg_bindir)
  pgdata="$DATA_DIR/pg"
  pwfile="$DATA_DIR/pg-password"
  [ -s "$pwfile" ] || { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$pwfile"; chmod 600 "$pwfile"; }
  if [ ! -s "$pgdata/PG_VERSION" ]; then
    log "Creating a local PostgreSQL cluster in $pgdata"
    mkdir -p "$pgdata"
    local tmppw="$pgdata.pw"
    cp "$pwfile" "$tmppw"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$pgdata" "$tmppw"; chmod 700 "$pgdata"; fi
    pg_run "$bindir/initdb" -D "$pgdata" -U bpom --pwfile="$tmppw" -E UTF8 --no-locale \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    rm -f "$tmppw"
  fi
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$pgdata"; fi
  if pg_run "$bindir/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    port=$(cat "$DATA_DIR/pg-port")
    log "Reusing the local PostgreSQL on port $port"
  else
    port=$(free_port 55432)
    echo "$port" > "$DATA_DIR/pg-port"
    log "Starting the local PostgreSQL on 127.0.0.1:$port"
    PG_STARTED_HERE=1
    touch "$DATA_DIR/pg.log"; [ "$(id -u)" -eq 0 ] && chown postgres "$DATA_DIR/pg.log"
    pg_run "$bindir/pg_ctl" -D "$pgdata" -l "$DATA_DIR/pg.log" -w -t 60 \
      -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1 $(pg_settings)" start >/dev/null
  fi
  if ! pg_run "$bindir/psql" -h "$pgdata" -p "$port" -U bpom -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='bpom'" | grep -q 1; then
    pg_run "$bindir/createdb" -h "$pgdata" -p "$port" -U bpom bpom
  fi
  export ConnectionStrings__Bpom="Host=127.0.0.1;Port=$port;Database=bpom;Username=bpom;Password=$(cat "$pwfile")"
  PG_BINDIR="$bindir" PG_PORT="$port" PG_DATA="$pgdata"
}

PG_STARTED_HERE=0

# Drops and recreates a database on the local cluster (after ensure_local_postgres).
recreate_database() {
  pg_run "$PG_BINDIR/psql" -h "$PG_DATA" -p "$PG_PORT" -U bpom -d postgres -q \
    -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
}

# Stops the local cluster if this script started it.
stop_local_postgres_if_started() {
  if [ "$PG_STARTED_HERE" -eq 1 ]; then
    pg_run "$PG_BINDIR/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
  fi
}

ensure_node() {
  command -v node >/dev/null 2>&1 || apt_install nodejs npm
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js 20 or newer is required for client/ (found $(node --version))"
}

wait_for_http() {
  local url=$1 seconds=${2:-120} i
  for i in $(seq "$seconds"); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 1
  done
  return 1
}

# A signing key for access tokens, generated once per checkout (never committed).
ensure_signing_key() {
  if [ -z "${Auth__SigningKey:-}" ]; then
    local f="$DATA_DIR/signing-key"
    [ -s "$f" ] || { head -c 48 /dev/urandom | base64 | tr -d '\n' > "$f"; chmod 600 "$f"; }
    export Auth__SigningKey="$(cat "$f")"
  fi
}

# Builds the SPA into client/dist when the client has been set up.
build_client() {
  if [ -f "$ROOT/client/package.json" ]; then
    ensure_node
    log "Building the SPA"
    (cd "$ROOT/client" && npm ci --no-audit --no-fund >&2 && npm run build >&2)
  fi
}

# Exports libpq's PGHOST/PGPORT/PGDATABASE/PGUSER/PGPASSWORD from an Npgsql connection string ("Host=…;Port=…;…").
libpq_env() {
  local part key value
  IFS=';' read -ra parts <<< "$1"
  for part in "${parts[@]}"; do
    key=$(echo "${part%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')
    value="${part#*=}"
    case "$key" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database|db) export PGDATABASE="$value" ;;
      username|user*id|user) export PGUSER="$value" ;;
      password) export PGPASSWORD="$value" ;;
    esac
  done
}
