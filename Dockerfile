# Bpom.Platform: API + SPA in one image (multi-stage; runs as a non-root user; health check on /health/live).
# docker build -t registry.bpom.go.id/bpom-platform:1.0.0 .   (deploy/k8s/ runs it; docs/operations.md)

# 1. The SPA (Vite) → client/dist
FROM node:20-bookworm-slim AS spa
WORKDIR /src/client
COPY client/package.json client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY client/ ./
RUN npm run build

# 2. The API (Release publish)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS api
WORKDIR /src
COPY . .
RUN dotnet publish src/Bpom.Platform.Api/Bpom.Platform.Api.csproj -c Release -o /app --nologo

# 3. Runtime: ASP.NET Core only, the SPA under wwwroot
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=api /app ./
COPY --from=spa /src/client/dist ./wwwroot
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
    DOTNET_gcServer=1
EXPOSE 8080
# The image's own non-root user (uid 1654).
USER app
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 CMD curl -fsS http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "Bpom.Platform.Api.dll"]
