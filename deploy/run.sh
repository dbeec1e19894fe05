#!/usr/bin/env bash
# Starts Bpom.Platform locally: PostgreSQL under .data/ (unless ConnectionStrings__Bpom is set), migrations,
# master data and demo users, the SPA, and API + Swagger + SPA on one port (BPOM_HTTP_PORT, default 5080).
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PORT="${BPOM_HTTP_PORT:-5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
# Demo performance data (a PK and realisation for two UPTs) so the Kinerja screens are not empty.
export Seed__DemoKinerja="${Seed__DemoKinerja:-true}"

ensure_dotnet
ensure_local_postgres
ensure_signing_key

PUBLISH="$DATA_DIR/publish"
log "Building the API"
dotnet publish "$ROOT/src/Bpom.Platform.Api/Bpom.Platform.Api.csproj" -c Release -o "$PUBLISH" --nologo -v quiet >&2
build_client
if [ -d "$ROOT/client/dist" ]; then
  rm -rf "$PUBLISH/wwwroot" && mkdir -p "$PUBLISH/wwwroot" && cp -r "$ROOT/client/dist/." "$PUBLISH/wwwroot/"
fi

log "Applying migrations and seed data"
(cd "$PUBLISH" && dotnet Bpom.Platform.Api.dll migrate)

# BPOM_SEED_NASIONAL=10: a national dataset of that many years (every unit, ~20,000 activities a year), written
# once; skipped when it is already there.
if [ -n "${BPOM_SEED_NASIONAL:-}" ]; then
  log "National dataset: $BPOM_SEED_NASIONAL years (once)"
  (cd "$PUBLISH" && dotnet Bpom.Platform.Api.dll seed-nasional --tahun "$BPOM_SEED_NASIONAL")
fi

log "Serving on http://localhost:$PORT  (Swagger: /swagger, health: /health/ready)"
cd "$PUBLISH"
exec dotnet Bpom.Platform.Api.dll --urls "http://0.0.0.0:$PORT"
