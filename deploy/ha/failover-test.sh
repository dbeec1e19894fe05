#!/usr/bin/env bash
# The failover test of ./deploy/ha/up.sh's topology (see deploy/ha/failover.py): prints the write unavailability in
# seconds, lost acknowledged writes and duplicate reminders; exit status 1 when a check fails.
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
[ -f "$DATA_DIR/ha/topology.json" ] || die "Start the topology first: ./deploy/ha/up.sh"
ensure_psql
exec python3 "$ROOT/deploy/ha/failover.py"
