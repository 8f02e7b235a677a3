#!/usr/bin/env bash
# Benchmark: writes per second through the gateway with one and with two instances of indicator-service (each write
# a new framework: a row, an outbox event, Kafka, assessment-service's consumer), closed loop, 8 connections, 20 s,
# after 10 s of warm-up. Needs the platform running (deploy/local/sdmi up) and wrk (apt-get install wrk).
#   bench/replicas.sh [seconds, default 20]
set -Eeuo pipefail
SECONDS_RUN="${1:-20}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${SDMI_GATEWAY:-http://127.0.0.1:8080}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
TOKEN="$(curl -fsS -d grant_type=password -d client_id=sdmi-gateway -d client_secret=sdmi-gateway-local-secret \
  -d username=editor -d password=sdmi-demo http://127.0.0.1:8180/realms/sdmi/protocol/openid-connect/token | jq -r .access_token)"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
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
