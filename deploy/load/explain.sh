#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of every query the load test's reads run, over the national dataset:
#   ./deploy/load/explain.sh
# Turns on auto_explain for database $BPOM_BEBAN_DB (default bpom_nasional) only, starts the API, calls each read of
# deploy/load/beban.py once, turns auto_explain off again, and writes every plan (the API's own SQL, with actual rows,
# timings and buffers) to .data/beban/explain.txt, then a summary: per statement its time, shared buffers read and any
# sequential scan of a large table. Exits non-zero when a sequential scan of a table over 100,000 rows shows up.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

siapkan_beban
psql_beban "$DB" -qc "VACUUM ANALYZE" >/dev/null
psql_beban "$DB" -q \
  -c "ALTER DATABASE $DB SET session_preload_libraries = 'auto_explain'" \
  -c "ALTER DATABASE $DB SET auto_explain.log_min_duration = 0" \
  -c "ALTER DATABASE $DB SET auto_explain.log_analyze = on" \
  -c "ALTER DATABASE $DB SET auto_explain.log_buffers = on" \
  -c "ALTER DATABASE $DB SET auto_explain.log_nested_statements = on" >/dev/null
matikan() {
  psql_beban "$DB" -q -c "ALTER DATABASE $DB RESET session_preload_libraries" -c "ALTER DATABASE $DB RESET auto_explain.log_min_duration" \
    -c "ALTER DATABASE $DB RESET auto_explain.log_analyze" -c "ALTER DATABASE $DB RESET auto_explain.log_buffers" \
    -c "ALTER DATABASE $DB RESET auto_explain.log_nested_statements" >/dev/null || true
}
AWAL=$(wc -c < "$DATA_DIR/pg.log")
mulai_api
trap 'henti_api; matikan; stop_local_postgres_if_started' EXIT
# Twice: the first pass warms caches and the API; the second pass's plans are the ones kept.
python3 "$ROOT/deploy/load/beban.py" --url "http://127.0.0.1:$PORT" --sekali >/dev/null
AWAL=$(wc -c < "$DATA_DIR/pg.log")
python3 "$ROOT/deploy/load/beban.py" --url "http://127.0.0.1:$PORT" --sekali | tee "$KERJA/explain-permintaan.txt"
sleep 1
henti_api
matikan
tail -c +"$((AWAL + 1))" "$DATA_DIR/pg.log" > "$KERJA/explain.txt"
BESAR=$(psql_beban "$DB" -tAc "SELECT string_agg(relname, ',') FROM pg_stat_user_tables WHERE n_live_tup > 100000")
python3 - "$KERJA/explain.txt" "$BESAR" <<'PY'
import re, sys
teks = open(sys.argv[1]).read()
besar = set(filter(None, sys.argv[2].split(",")))
rencana = re.split(r"\n(?=\S.*LOG:  duration: )", teks)
buruk = 0
print(f"\n{'ms':>8} {'buffers':>8}  statement")
for r in rencana:
    m = re.search(r"duration: ([0-9.]+) ms", r)
    q = re.search(r"Query Text: (.*)", r)
    if not m or not q:
        continue
    buf = sum(int(x) for x in re.findall(r"shared hit=(\d+)", r.split("\n", 3)[-1][:400])) if "Buffers" in r else 0
    scan = [t for t in re.findall(r"Seq Scan on (\w+)", r) if t in besar]
    buruk += len(scan)
    print(f"{float(m.group(1)):8.2f} {buf:8d}  {q.group(1).strip()[:110]}" + (f"   SEQ SCAN: {', '.join(scan)}" if scan else ""))
print(f"\n{len(rencana)} plans in {sys.argv[1]}; sequential scans of tables over 100,000 rows: {buruk}")
sys.exit(1 if buruk else 0)
PY
