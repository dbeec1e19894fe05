#!/usr/bin/env bash
# Load test over the national dataset (issue 14), on this machine and loopback only:
#   ./deploy/load/run.sh                 # 10 s per cell, c = 1, 50, 200
#   BEBAN_DURASI=30 BEBAN_KONKURENSI=1,50 ./deploy/load/run.sh
# Starts the local PostgreSQL (.data/), creates database $BPOM_BEBAN_DB (default bpom_nasional) and fills it once with
# `seed-nasional --tahun $BPOM_BEBAN_TAHUN` (default 10), times the deadline sweep, publishes and starts the API in
# Production mode on $BPOM_BEBAN_PORT (default 5091), then runs beban.py: pgbench -S and /health/live as floors, reads
# with wrk as users of several roles and units, creates and step transitions with no lost or duplicated write, the
# API's RSS sampled throughout. Results: .data/beban/hasil.json and the tables in docs/performance.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DURASI="${BEBAN_DURASI:-10}"
KONKURENSI="${BEBAN_KONKURENSI:-1,50,200}"

command -v wrk >/dev/null 2>&1 || { log "Installing wrk"; apt_install wrk; }
siapkan_beban
[ -x "$PG_BINDIR/pgbench" ] || apt_install postgresql-contrib
# pgbench -S needs its own tables (scale 10, schema public of the same database).
if ! psql_beban "$DB" -tAc "SELECT to_regclass('public.pgbench_accounts') IS NOT NULL" | grep -q t; then
  PGPASSWORD="$PW" "$PG_BINDIR/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U bpom -i -s 10 -q "$DB" >&2
fi
psql_beban "$DB" -qc "VACUUM ANALYZE" >/dev/null

log "Timing the deadline sweep: 1,000 overdue steps made due (each an escalation) before each of 3 runs (the first one cold)"
(cd "$KERJA/api" && ASPNETCORE_ENVIRONMENT=Production dotnet Bpom.Platform.Api.dll jalankan-job sop-sapuan-tenggat --kali 3 \
  --siapkan "$ROOT/deploy/load/sapuan-1000.sql" 2>&1) | grep -o 'Sapuan tenggat SOP: .*' > "$KERJA/sapuan.txt" || die "the sweep did not run"
cat "$KERJA/sapuan.txt" >&2

mulai_api
python3 "$ROOT/deploy/load/beban.py" --url "http://127.0.0.1:$PORT" --pid "$API_PID" --durasi "$DURASI" --konkurensi "$KONKURENSI" \
  --pg "127.0.0.1:$PG_PORT:bpom:$PW:$DB" --keluaran "$KERJA/hasil.json" --markdown "$ROOT/docs/performance.md" \
  --sapuan "$KERJA/sapuan.txt"
