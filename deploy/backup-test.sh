#!/usr/bin/env bash
# Backs up a database (ConnectionStrings__Bpom, or the local cluster's bpom), restores it into a new one and compares
# every table of every schema: row count and a checksum of all rows (md5 over the rows in a fixed order) — documents
# stored in the database included. Prints one line per differing table and "backup-restore: N tables, M rows, OK".
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
export PGOPTIONS='-c client_min_messages=warning'
ensure_psql
[ -n "${ConnectionStrings__Bpom:-}" ] || ensure_local_postgres
libpq_env "$ConnectionStrings__Bpom"
source_db="$PGDATABASE"
target="${source_db}_pulih"
file="$DATA_DIR/backup/uji-$(date +%s).dump"
"$ROOT/deploy/backup.sh" "$file" >/dev/null
BPOM_RESTORE_REPLACE=1 "$ROOT/deploy/restore.sh" "$file" "$target" >/dev/null

# One row per table: schema.table|rows|md5 of its rows as text, ordered.
inventory() {
  local db=$1 t
  for t in $(psql -d "$db" -tAc "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"); do
    psql -d "$db" -tAc "SELECT '$t', count(*), coalesce(md5(string_agg(x::text, E'\\n' ORDER BY x::text)), '-') FROM $t x"
  done
}
before=$(inventory "$source_db")
after=$(inventory "$target")
tables=$(echo "$before" | grep -c . || true)
rows=$(echo "$before" | awk -F'|' '{s += $2} END {print s + 0}')
docs=$(echo "$before" | awk -F'|' '$1 ~ /berkas\./ {s += $2} END {print s + 0}')
psql -d postgres -q -c "DROP DATABASE IF EXISTS $target WITH (FORCE)"
rm -f "$file"
if [ "$before" != "$after" ]; then
  diff <(echo "$before") <(echo "$after") >&2 || true
  echo "backup-restore: differences found in $tables tables" >&2
  exit 1
fi
[ "$tables" -gt 20 ] && [ "$rows" -gt 0 ] || { echo "backup-restore: the database looks empty ($tables tables, $rows rows)" >&2; exit 1; }
echo "backup-restore: $tables tables, $rows rows ($docs in berkas), every count and checksum equal after restore: OK"
