#!/usr/bin/env bash
# Backs up the platform's database: pg_dump in custom format of every schema (all modules, Hangfire, the documents
# stored in the database), compressed, restorable with ./deploy/restore.sh. With ConnectionStrings__Bpom set it
# backs up that database (in the HA topology: HAProxy's write port, i.e. the current primary); otherwise the local
# cluster's. Usage: ./deploy/backup.sh [file]   (default .data/backup/bpom-<date>-<time>.dump)
# Point-in-time recovery in production is the database platform's (CloudNativePG base backups + WAL; docs/operations.md).
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
ensure_psql
command -v pg_dump >/dev/null 2>&1 || apt_install postgresql-client
[ -n "${ConnectionStrings__Bpom:-}" ] || ensure_local_postgres
libpq_env "$ConnectionStrings__Bpom"
out="${1:-$DATA_DIR/backup/bpom-$(date +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$out")"
log "Backing up $PGDATABASE on $PGHOST:$PGPORT to $out"
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$out" "$PGDATABASE"
pg_restore --list "$out" > /dev/null # readable
log "Backup written: $(du -h "$out" | cut -f1) ($out)"
echo "$out"
