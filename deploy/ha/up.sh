#!/usr/bin/env bash
# Starts the highly available topology on this machine, under .data/ha/ (loopback only):
#   etcd (one node) → two PostgreSQL 15 nodes managed by Patroni (streaming replication, synchronous_mode)
#   → HAProxy (writes to the current primary, reports to a replica; Patroni's REST health checks)
#   → two API instances (HTTP + Hangfire server each) → nginx on one entry port.
# Writes .data/ha/topology.json. Stop it with ./deploy/ha/down.sh. Ports: BPOM_HA_PORT (entry, default 5090).
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

HA="$DATA_DIR/ha"
ENTRY_PORT="${BPOM_HA_PORT:-5090}"
[ -f "$HA/topology.json" ] && die "The topology is already up ($HA/topology.json); run ./deploy/ha/down.sh first"
mkdir -p "$HA"

command -v etcd >/dev/null 2>&1 || apt_install etcd-server
command -v patroni >/dev/null 2>&1 || apt_install patroni
python3 -c 'import etcd' 2>/dev/null || apt_install python3-etcd
command -v haproxy >/dev/null 2>&1 || apt_install haproxy
command -v nginx >/dev/null 2>&1 || apt_install nginx
command -v curl >/dev/null 2>&1 || apt_install curl
ensure_dotnet
ensure_psql
BIN=$(pg_bindir)

port_after() { free_port "$1"; }
ETCD_PORT=$(port_after 23790); ETCD_PEER=$(port_after $((ETCD_PORT + 1)))
REST1=$(port_after 28008); REST2=$(port_after $((REST1 + 1)))
PG1=$(port_after 25433); PG2=$(port_after $((PG1 + 1)))
RW=$(port_after 25000); RO=$(port_after $((RW + 1))); STATS=$(port_after $((RO + 1)))
API1=$(port_after 25080); API2=$(port_after $((API1 + 1)))
ENTRY=$(port_after "$ENTRY_PORT")

secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
SUPER_PW=$(secret); REPL_PW=$(secret); APP_PW=$(secret)
echo "$APP_PW" > "$HA/app-password"; chmod 600 "$HA/app-password"

# --- etcd ---------------------------------------------------------------------------------------------------------
log "etcd on 127.0.0.1:$ETCD_PORT"
nohup etcd --name ha --data-dir "$HA/etcd" \
  --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
  --listen-peer-urls "http://127.0.0.1:$ETCD_PEER" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER" \
  --initial-cluster "ha=http://127.0.0.1:$ETCD_PEER" --initial-cluster-state new > "$HA/etcd.log" 2>&1 &
echo $! > "$HA/etcd.pid"
wait_for_http "http://127.0.0.1:$ETCD_PORT/health" 30 || die "etcd did not start; see $HA/etcd.log"

# --- Patroni + PostgreSQL -----------------------------------------------------------------------------------------
# ttl 10 s / loop 1 s: a lost primary's leader key expires within ~10 s and the synchronous standby is promoted.
# synchronous_mode: a commit is acknowledged once the standby has it, so an acknowledged write survives the primary.
patroni_conf() { # name restport pgport
  cat > "$HA/$1.yml" <<YML
scope: bpom
name: $1
log:
  level: INFO
restapi:
  listen: 127.0.0.1:$2
  connect_address: 127.0.0.1:$2
etcd3:
  hosts: 127.0.0.1:$ETCD_PORT
bootstrap:
  dcs:
    ttl: 10
    loop_wait: 1
    retry_timeout: 4
    maximum_lag_on_failover: 1048576
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        wal_level: replica
        hot_standby: "on"
        max_connections: 200
        max_wal_senders: 10
        max_replication_slots: 10
        wal_log_hints: "on"
        shared_buffers: 256MB
        jit: "off"
  initdb:
    - encoding: UTF8
    - no-locale
    - auth-host: scram-sha-256
    - auth-local: trust
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 scram-sha-256
    - host all all 127.0.0.1/32 scram-sha-256
postgresql:
  listen: 127.0.0.1:$3
  connect_address: 127.0.0.1:$3
  data_dir: $HA/$1
  bin_dir: $BIN
  pgpass: $HA/$1.pgpass
  authentication:
    superuser:
      username: postgres
      password: $SUPER_PW
    replication:
      username: replicator
      password: $REPL_PW
  parameters:
    unix_socket_directories: $HA
tags:
  nofailover: false
  noloadbalance: false
YML
}
patroni_conf pg1 "$REST1" "$PG1"
patroni_conf pg2 "$REST2" "$PG2"
if [ "$(id -u)" -eq 0 ]; then id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres; chown -R postgres "$HA"; chmod 700 "$HA"; fi
chmod 755 "$HA" # nginx, haproxy and the API read their files here; data dirs stay 700 (initdb)

start_patroni() { # name
  touch "$HA/$1.log"; [ "$(id -u)" -eq 0 ] && chown postgres "$HA/$1.log"
  pg_run bash -c "nohup patroni '$HA/$1.yml' >> '$HA/$1.log' 2>&1 & echo \$! > '$HA/$1.patroni.pid'"
}
log "Patroni pg1 (PostgreSQL 127.0.0.1:$PG1, REST :$REST1) and pg2 (127.0.0.1:$PG2, REST :$REST2)"
start_patroni pg1
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$REST1/primary" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$REST1/primary" >/dev/null || die "pg1 did not become primary; see $HA/pg1.log"
start_patroni pg2
for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$REST2/replica" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$REST2/replica" >/dev/null || die "pg2 did not become a streaming replica; see $HA/pg2.log"

# The application's role and database, on the primary (replicated to the standby).
pg_run "$BIN/psql" -h "$HA" -p "$PG1" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE bpom LOGIN PASSWORD '$APP_PW'" -c "CREATE DATABASE bpom OWNER bpom" >/dev/null

# --- HAProxy ------------------------------------------------------------------------------------------------------
cat > "$HA/haproxy.cfg" <<CFG
global
  maxconn 1000
  pidfile $HA/haproxy.pid
defaults
  mode tcp
  timeout connect 2s
  timeout client 30m
  timeout server 30m
  timeout check 1s
  default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 1 on-marked-down shutdown-sessions
frontend writes
  bind 127.0.0.1:$RW
  default_backend primary
frontend reads
  bind 127.0.0.1:$RO
  use_backend primary if { nbsrv(replica) lt 1 }
  default_backend replica
backend primary
  option httpchk OPTIONS /primary
  http-check expect status 200
  server pg1 127.0.0.1:$PG1 maxconn 200 check port $REST1
  server pg2 127.0.0.1:$PG2 maxconn 200 check port $REST2
backend replica
  balance roundrobin
  option httpchk OPTIONS /replica
  http-check expect status 200
  server pg1 127.0.0.1:$PG1 maxconn 200 check port $REST1
  server pg2 127.0.0.1:$PG2 maxconn 200 check port $REST2
listen stats
  mode http
  bind 127.0.0.1:$STATS
  stats enable
  stats uri /
CFG
log "HAProxy: writes 127.0.0.1:$RW, reads 127.0.0.1:$RO, stats http://127.0.0.1:$STATS/"
haproxy -D -f "$HA/haproxy.cfg"

# --- API instances ------------------------------------------------------------------------------------------------
PUBLISH="$HA/api"
if [ -z "${BPOM_HA_PUBLISH:-}" ] || [ ! -f "$BPOM_HA_PUBLISH/Bpom.Platform.Api.dll" ]; then
  log "Publishing the API and the SPA"
  dotnet publish "$ROOT/src/Bpom.Platform.Api/Bpom.Platform.Api.csproj" -c Release -o "$PUBLISH" --nologo -v quiet >&2
  build_client
  if [ -d "$ROOT/client/dist" ]; then rm -rf "$PUBLISH/wwwroot" && mkdir -p "$PUBLISH/wwwroot" && cp -r "$ROOT/client/dist/." "$PUBLISH/wwwroot/"; fi
else
  PUBLISH="$BPOM_HA_PUBLISH" # an existing publish folder (the test suite's)
fi
ensure_signing_key
export ConnectionStrings__Bpom="Host=127.0.0.1;Port=$RW;Database=bpom;Username=bpom;Password=$APP_PW;Timeout=5;Command Timeout=30;Keepalive=5"
export ConnectionStrings__BpomBaca="Host=127.0.0.1;Port=$RO;Database=bpom;Username=bpom;Password=$APP_PW;Timeout=5;Command Timeout=60;Keepalive=5"
export ASPNETCORE_ENVIRONMENT=Production Seed__DemoUsers="${Seed__DemoUsers:-true}" Keamanan__WajibHttps=false
export Serilog__Json=true
export BatasLaju__Aktif="${BatasLaju__Aktif:-false}" # the failover test drives everything from one loopback address
# The instances listen on loopback only, reached through nginx: trust its X-Forwarded-For / -Proto, so the login and
# rate limits count each client's own address (their counters are shared through PostgreSQL), not nginx's.
export ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
log "Migrations and seed data (once, before the instances start)"
(cd "$PUBLISH" && dotnet Bpom.Platform.Api.dll migrate) >> "$HA/migrate.log" 2>&1 || die "migration failed; see $HA/migrate.log"
for i in 1 2; do
  port=$([ "$i" = 1 ] && echo "$API1" || echo "$API2")
  # exec: the recorded pid is the API process itself (the failover test kills it with -9).
  (cd "$PUBLISH" && OTEL_SERVICE_INSTANCE_ID="api$i" exec nohup dotnet Bpom.Platform.Api.dll --urls "http://127.0.0.1:$port" > "$HA/api$i.log" 2>&1) &
  echo $! > "$HA/api$i.pid"
done
for port in "$API1" "$API2"; do
  wait_for_http "http://127.0.0.1:$port/health/ready" 120 || die "API on $port not ready; see $HA/api*.log"
done
log "API instances on 127.0.0.1:$API1 and :$API2"

# --- nginx --------------------------------------------------------------------------------------------------------
mkdir -p "$HA/nginx"
cat > "$HA/nginx.conf" <<CFG
worker_processes 1;
pid $HA/nginx.pid;
error_log $HA/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $HA/nginx/body;
  proxy_temp_path $HA/nginx/proxy;
  fastcgi_temp_path $HA/nginx/fastcgi;
  uwsgi_temp_path $HA/nginx/uwsgi;
  scgi_temp_path $HA/nginx/scgi;
  client_max_body_size 25m;
  upstream api {
    server 127.0.0.1:$API1 max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$API2 max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$ENTRY;
    location / {
      proxy_pass http://api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
      # A refused connection (an instance gone) is retried on the other; a request already sent is not (POST).
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
    }
  }
}
CFG
nginx -c "$HA/nginx.conf" -p "$HA/nginx"
wait_for_http "http://127.0.0.1:$ENTRY/health/ready" 30 || die "nginx entry not ready; see $HA/nginx-error.log"

cat > "$HA/topology.json" <<JSON
{
  "entry": "http://127.0.0.1:$ENTRY",
  "patroni": ["http://127.0.0.1:$REST1", "http://127.0.0.1:$REST2"],
  "postgres": [
    { "patroni": "http://127.0.0.1:$REST1", "port": $PG1, "dataDir": "$HA/pg1" },
    { "patroni": "http://127.0.0.1:$REST2", "port": $PG2, "dataDir": "$HA/pg2" }
  ],
  "api": ["http://127.0.0.1:$API1", "http://127.0.0.1:$API2"],
  "haproxy": { "write": $RW, "read": $RO, "stats": "http://127.0.0.1:$STATS/" },
  "etcd": "http://127.0.0.1:$ETCD_PORT",
  "publish": "$PUBLISH",
  "database": "Host=127.0.0.1;Port=$RW;Database=bpom;Username=bpom;Password=$APP_PW"
}
JSON
log "Up: http://127.0.0.1:$ENTRY (topology in $HA/topology.json)"
