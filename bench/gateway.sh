#!/usr/bin/env bash
# Benchmark: the same authenticated GET (a framework of indicator-service) straight to the service, through nginx
# as a bare reverse proxy (the floor), and through the gateway (token check, role rule, rate limit, request id,
# streaming proxy), with wrk at a moderate load. Prints requests/s and the latency percentiles of each, and what
# the gateway costs against the service and against nginx (goal: at most 20 % throughput, at most +3 ms p99).
# Needs the platform up (deploy/local/sdmi up), wrk and nginx (root: apt-get install wrk nginx-light), and the
# gateway built. The gateway measured is a second one on port 8092 with a rate limit the load cannot reach (the
# limiter still runs); nginx listens on 8090; both are stopped at the end.
#   bench/gateway.sh [seconds per run, 15] [loads, "16/20 2 8"] [rounds, 3]
# A load is CONNECTIONS (each sends its next request as soon as it has an answer) or CONNECTIONS/PAUSE_MS (each
# waits PAUSE_MS after an answer: a moderate load that stays below what the machine can serve).
set -Eeuo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_RUN="${1:-15}"
LOADS="${2:-16/20 2 8}"
ROUNDS="${3:-3}"
WARM_UP="${SDMI_BENCH_WARM_UP:-60s}"
OUT="$ROOT/bench/.out"; mkdir -p "$OUT"
KEYCLOAK="${SDMI_KEYCLOAK:-http://127.0.0.1:8180}"
PATH_UNDER_TEST="/api/v1/frameworks/MGI-NATIONAL"
die() { echo "bench/gateway.sh: $*" >&2; exit 1; }
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"; [[ -x "$NGINX" ]] || die "nginx is missing: apt-get install nginx-light"
JAR="$ROOT/gateway/target/quarkus-app/quarkus-run.jar"; [[ -f "$JAR" ]] || die "build the gateway first: ./mvnw -pl gateway -am package -DskipTests"
curl -fsS -o /dev/null http://127.0.0.1:8081/q/health/ready || die "indicator-service is not up: deploy/local/sdmi up"

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

run() {   # run NAME URL LOAD ROUND, where LOAD is CONNECTIONS or CONNECTIONS/PAUSE_MS
  local name="$1" url="$2" load="$3" round="$4" connections="${3%%/*}" pause=0
  [[ "$load" == */* ]] && pause="${load#*/}"
  local out="$OUT/wrk-$name-c$connections-p$pause-r$round.txt"
  SDMI_BENCH_PAUSE_MS="$pause" wrk -t2 -c"$connections" -d"${SECONDS_PER_RUN}s" --latency -s "$ROOT/bench/paced.lua" \
    -H "Authorization: Bearer $TOKEN" "$url" >"$out"
  awk -v name="$name" -v c="$load" -v round="$round" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END { if (bad) { print "bench/gateway.sh: " name " answered " bad " times with an error status" > "/dev/stderr"; exit 1 }
          printf "%s %s %d %.0f %.2f %.2f %.2f\n", name, c, round, rps, ms(p50), ms(p90), ms(p99) }' \
    "$out" >>"$OUT/gateway-runs.txt"
}
token() {
  TOKEN="$(curl -fsS -d grant_type=password -d client_id=sdmi-gateway -d client_secret=sdmi-gateway-local-secret \
    -d username=viewer -d password=sdmi-demo "$KEYCLOAK/realms/sdmi/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
  [[ -n "$TOKEN" ]] || die "no token from Keycloak"
}
declare -A TARGET=([direct]="http://127.0.0.1:8081$PATH_UNDER_TEST" [nginx]="http://127.0.0.1:8090$PATH_UNDER_TEST"
  [gateway]="http://127.0.0.1:8092$PATH_UNDER_TEST")
token
for name in direct nginx gateway; do
  curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "${TARGET[$name]}" || die "$name: ${TARGET[$name]} does not answer 200"
done
# the gateway was just started: let the JIT compile its paths before anything is measured (the service is warm;
# measured: C2 compiles for about a minute under load, 9 s of CPU in the first 20 s)
wrk -t2 -c8 -d"$WARM_UP" -H "Authorization: Bearer $TOKEN" "${TARGET[gateway]}" >/dev/null
wrk -t2 -c8 -d5s -H "Authorization: Bearer $TOKEN" "${TARGET[nginx]}" >/dev/null
: >"$OUT/gateway-runs.txt"
echo "GET $PATH_UNDER_TEST as viewer; wrk, 2 threads, ${SECONDS_PER_RUN} s per run; $ROUNDS rounds, the targets taking turns;"
echo "everything (wrk, nginx, gateway, service, PostgreSQL) on the same $(nproc) cores. Medians of the rounds:"
for load in $LOADS; do
  for round in $(seq 1 "$ROUNDS"); do
    token
    for name in direct nginx gateway; do run "$name" "${TARGET[$name]}" "$load" "$round"; done
  done
done
awk '
  function median(list,   n, a, i, j, t) { n = split(list, a, " "); for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  { key = $2 SUBSEP $1; rps[key] = rps[key] " " $4; p50[key] = p50[key] " " $5; p99[key] = p99[key] " " $7
    if (!($2 in seen)) { order[++count] = $2; seen[$2] = 1 } }
  END {
    for (o = 1; o <= count; o++) { c = order[o]
      split(c, lc, "/")
      if (lc[2]) printf "\n%d connections, each pausing %d ms after an answer (moderate load)\n", lc[1], lc[2]
      else printf "\n%d connections, no pause (as much as the machine serves)\n", c
      split("direct nginx gateway", names, " ")
      for (i = 1; i <= 3; i++) { k = c SUBSEP names[i]; r[names[i]] = median(rps[k]); q[names[i]] = median(p99[k])
        printf "  %-8s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms\n", names[i], r[names[i]], median(p50[k]), q[names[i]] }
      printf "  gateway vs direct: %.1f %% less throughput, p99 %+.2f ms   (goal: at most 20 %%, at most +3 ms)\n", 100 * (1 - r["gateway"] / r["direct"]), q["gateway"] - q["direct"]
      printf "  nginx vs direct:   %.1f %% less throughput, p99 %+.2f ms\n", 100 * (1 - r["nginx"] / r["direct"]), q["nginx"] - q["direct"]
    }
  }' "$OUT/gateway-runs.txt" | tee "$OUT/gateway-summary.txt"
