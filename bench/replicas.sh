#!/usr/bin/env bash
# Benchmark: writes per second through a gateway with one and with two instances of indicator-service (each write
# a new framework: a row, an outbox event, Kafka, assessment-service's consumer), closed loop, 8 connections, 20 s,
# after 10 s of warm-up. The gateway is a second one on port 8092 whose rate limits are lifted (the platform's own
# lets a user make 600 requests a minute). Needs the platform running (deploy/local/sdmi up), the gateway built, and
# wrk (apt-get install wrk).
#   bench/replicas.sh [seconds, default 20]
set -Eeuo pipefail
SECONDS_RUN="${1:-20}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY=http://127.0.0.1:8092
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
TOKEN="$(curl -fsS -d grant_type=password -d client_id=sdmi-gateway -d client_secret=sdmi-gateway-local-secret \
  -d username=editor -d password=sdmi-demo http://127.0.0.1:8180/realms/sdmi/protocol/openid-connect/token | jq -r .access_token)"
WORK="$(mktemp -d)"
QUARKUS_HTTP_PORT=8092 SDMI_GATEWAY_RATE_LIMIT_PER_USER=1000000000 SDMI_GATEWAY_RATE_LIMIT_PER_CLIENT=1000000000 \
  SDMI_GATEWAY_ROUTES_INDICATOR_URL=http://127.0.0.1:8081,http://127.0.0.1:8281 \
  java -Xms64m -Xmx256m -XX:+UseSerialGC -Dvertx.disableURIValidation=true \
  -jar "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" >"$WORK/gateway.log" 2>&1 &
BENCH_GATEWAY=$!
trap 'kill "$BENCH_GATEWAY" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 60); do curl -fsS -o /dev/null http://127.0.0.1:8092/q/health/ready 2>/dev/null && break; sleep 1; done
cat >"$WORK/post.lua" <<LUA
local n = 0
local thread_id = 0
local prefix = "WRK" .. os.time()
setup = function(thread) thread:set("tid", thread_id); thread_id = thread_id + 1 end
request = function()
  n = n + 1
  local code = string.format("%s-%d-%d", prefix, tid or 0, n)
  local body = '{"code":"' .. code .. '","level":"NATIONAL","name":{"id":"Uji beban"}}'
  return wrk.format("POST", "/api/v1/frameworks", {["Authorization"] = "Bearer $TOKEN",
    ["Content-Type"] = "application/json"}, body)
end
LUA
run() {
  wrk -t2 -c8 -d10s -s "$WORK/post.lua" "$GATEWAY" >/dev/null
  wrk -t2 -c8 -d"${SECONDS_RUN}s" -s "$WORK/post.lua" --latency "$GATEWAY" | grep -E "Requests/sec|50%|99%|Non-2xx"
}
"$ROOT/deploy/local/sdmi" down indicator-service-2 >/dev/null 2>&1 || true
sleep 11   # the gateway's open-for: it no longer tries the second instance
echo "one instance of indicator-service:"; run
"$ROOT/deploy/local/sdmi" up indicator-service-2 >/dev/null
sleep 11   # taken in again by the gateway
echo "two instances of indicator-service:"; run
"$ROOT/deploy/local/sdmi" down indicator-service-2 >/dev/null
