#!/usr/bin/env bash
# Restores a backup made by ./deploy/backup.sh into a database (default: bpom_restore on the same server), which is
# created and must not exist yet (BPOM_RESTORE_REPLACE=1 drops it first). Then point ConnectionStrings__Bpom at it,
# or rename it in place of the old one while the API is stopped. Usage: ./deploy/restore.sh <file> [database]
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
export PGOPTIONS='-c client_min_messages=warning'
[ -f "${1:-}" ] || die "usage: ./deploy/restore.sh <file.dump> [database]"
ensure_psql
command -v pg_restore >/dev/null 2>&1 || apt_install postgresql-client
[ -n "${ConnectionStrings__Bpom:-}" ] || ensure_local_postgres
libpq_env "$ConnectionStrings__Bpom"
target="${2:-bpom_restore}"
[[ "$target" =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name must be lower-case letters, digits and _"
if [ "${BPOM_RESTORE_REPLACE:-0}" = 1 ]; then
  psql -d postgres -q -c "DROP DATABASE IF EXISTS $target WITH (FORCE)"
fi
psql -d postgres -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $target" || die "database $target exists (BPOM_RESTORE_REPLACE=1 replaces it)"
log "Restoring $1 into $target on $PGHOST:$PGPORT"
pg_restore --dbname="$target" --no-owner --no-privileges --exit-on-error --jobs=2 "$1"
psql -d "$target" -q -c "ANALYZE"
log "Restored into $target"
