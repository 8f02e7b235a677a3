#!/usr/bin/env bash
# Benchmark: the same authenticated GET (a framework of indicator-service) straight to the service, through nginx
# as a bare reverse proxy (the floor), and through the gateway (token check, role rule, rate limit, request id,
# streaming proxy), with wrk at a moderate load. Prints requests/s and the latency percentiles of each, and what
# the gateway costs against the service and against nginx (goal: at most 20 % throughput, at most +3 ms p99).
# Needs the platform up (deploy/local/sdmi up), wrk and nginx (root: apt-get install wrk nginx-light), and the
# gateway built. The gateway measured is a second one on port 8092 with a rate limit the load cannot reach (the
# limiter still runs); nginx listens on 8090; both are stopped at the end.
#   bench/gateway.sh [seconds per run, 20] [connections, 8]
set -Eeuo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_RUN="${1:-20}"
CONNECTIONS="${2:-8}"
OUT="$ROOT/bench/.out"; mkdir -p "$OUT"
KEYCLOAK="${SDMI_KEYCLOAK:-http://127.0.0.1:8180}"
PATH_UNDER_TEST="/api/v1/frameworks/MGI-NATIONAL"
die() { echo "bench/gateway.sh: $*" >&2; exit 1; }
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"; [[ -x "$NGINX" ]] || die "nginx is missing: apt-get install nginx-light"
JAR="$ROOT/gateway/target/quarkus-app/quarkus-run.jar"; [[ -f "$JAR" ]] || die "build the gateway first: ./mvnw -pl gateway -am package -DskipTests"
curl -fsS -o /dev/null http://127.0.0.1:8081/q/health/ready || die "indicator-service is not up: deploy/local/sdmi up"

TOKEN="$(curl -fsS -d grant_type=password -d client_id=sdmi-gateway -d client_secret=sdmi-gateway-local-secret \
  -d username=viewer -d password=sdmi-demo "$KEYCLOAK/realms/sdmi/protocol/openid-connect/token" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
[[ -n "$TOKEN" ]] || die "no token from Keycloak"

cat >"$OUT/nginx.conf" <<CONF
worker_processes 1;
pid $OUT/nginx.pid;
error_log $OUT/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $OUT/nginx-body; proxy_temp_path $OUT/nginx-proxy;
  fastcgi_temp_path $OUT/nginx-fastcgi; uwsgi_temp_path $OUT/nginx-uwsgi; scgi_temp_path $OUT/nginx-scgi;
  upstream service { server 127.0.0.1:8081; keepalive 32; }
  server {
    listen 127.0.0.1:8090;
    location / { proxy_pass http://service; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
GATEWAY_PID=""
stop() {
  [[ -f "$OUT/nginx.pid" ]] && "$NGINX" -c "$OUT/nginx.conf" -p "$OUT" -s stop 2>/dev/null || true
  [[ -n "$GATEWAY_PID" ]] && kill "$GATEWAY_PID" 2>/dev/null && wait "$GATEWAY_PID" 2>/dev/null || true
}
trap stop EXIT
"$NGINX" -c "$OUT/nginx.conf" -p "$OUT"
QUARKUS_HTTP_PORT=8092 SDMI_GATEWAY_RATE_LIMIT_PER_USER=1000000000 SDMI_GATEWAY_RATE_LIMIT_PER_CLIENT=1000000000 \
  java -Xms64m -Xmx256m -XX:+UseSerialGC -jar "$JAR" >"$OUT/gateway.bench.log" 2>&1 &
GATEWAY_PID=$!
for _ in $(seq 1 60); do curl -fsS -o /dev/null http://127.0.0.1:8092/q/health/ready 2>/dev/null && break; sleep 1; done

run() {
  local name="$1" url="$2"
  curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$url" || die "$name: $url does not answer 200"
  wrk -t1 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$url" >/dev/null   # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" "$url" >"$OUT/wrk-$name.txt"
  awk -v name="$name" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END { printf "%-8s %10.0f req/s   p50 %6.2f ms   p90 %6.2f ms   p99 %6.2f ms%s\n", name, rps, ms(p50), ms(p90), ms(p99),
          bad ? "   NON-2XX: " bad : "" }' "$OUT/wrk-$name.txt" | tee -a "$OUT/gateway-summary.txt"
}
: >"$OUT/gateway-summary.txt"
echo "GET $PATH_UNDER_TEST, $CONNECTIONS connections, ${SECONDS_PER_RUN}s each, wrk 2 threads on the same 2 cores:"
run direct "http://127.0.0.1:8081$PATH_UNDER_TEST"
run nginx "http://127.0.0.1:8090$PATH_UNDER_TEST"
run gateway "http://127.0.0.1:8092$PATH_UNDER_TEST"
awk '{ rps[$1] = $2; for (i = 1; i <= NF; i++) if ($i == "p99") p99[$1] = $(i + 1) }
  END {
    printf "gateway vs direct: %.1f %% less throughput, p99 +%.2f ms\n", 100 * (1 - rps["gateway"] / rps["direct"]), p99["gateway"] - p99["direct"]
    printf "gateway vs nginx:  %.1f %% less throughput, p99 +%.2f ms\n", 100 * (1 - rps["gateway"] / rps["nginx"]), p99["gateway"] - p99["nginx"]
  }' "$OUT/gateway-summary.txt"
