#!/usr/bin/env bash
# Stops everything ./deploy/ha/up.sh started and removes .data/ha/ (BPOM_HA_KEEP=1 keeps the data and logs).
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
HA="$DATA_DIR/ha"
[ -d "$HA" ] || { log "Nothing to stop"; exit 0; }
stop_pid() { [ -s "$1" ] && kill "$(cat "$1")" 2>/dev/null || true; }
[ -s "$HA/nginx.pid" ] && nginx -c "$HA/nginx.conf" -p "$HA/nginx" -s stop 2>/dev/null || true
stop_pid "$HA/api1.pid"; stop_pid "$HA/api2.pid"
stop_pid "$HA/haproxy.pid"
stop_pid "$HA/pg1.patroni.pid"; stop_pid "$HA/pg2.patroni.pid"
sleep 2
for d in pg1 pg2; do
  if [ -s "$HA/$d/postmaster.pid" ]; then pg_run "$(pg_bindir)/pg_ctl" -D "$HA/$d" -m immediate stop >/dev/null 2>&1 || true; fi
done
pkill -f "patroni $HA/" 2>/dev/null || true
pkill -f "$HA/api" 2>/dev/null || true
stop_pid "$HA/etcd.pid"
sleep 1
rm -f "$HA/topology.json"
if [ "${BPOM_HA_KEEP:-0}" != 1 ]; then rm -rf "$HA"; fi
log "HA topology stopped"
