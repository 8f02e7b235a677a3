#!/usr/bin/env bash
# Benchmark: the dataset search of data-catalog-service (GET /api/v1/datasets) over a generated catalog of
# 100,000 datasets (or the number given), measured at concurrency 1 and 4 against a p95 target of 50 ms.
# Needs PostgreSQL and Keycloak running (deploy/local/sdmi up postgres keycloak; Kafka may run or not) and the
# service built (./mvnw -pl data-catalog-service -am package -DskipTests). It runs the jar itself, on port 8093,
# against its own database sdmi_catalog_bench:
#   1. (re)creates sdmi_catalog_bench owned by sdmi_catalog, starts the service once so that Flyway creates the
#      schema, and stops it;
#   2. generates the catalog with bench/dataset-search.sql (producers, bilingual titles and descriptions, facets:
#      see that file) and stamps the database with the count and the generator's checksum;
#   3. starts the service again, so that its in-memory facet index loads every row at startup (rows inserted
#      behind a running service's back would reach the index only if recently updated), and checks that it sees
#      them all;
#   4. runs bench/SearchBench.java as the demo user viewer at concurrency 1, then 4 (each after a warm-up), and
#      prints both tables and a summary line; the service stops at the end, also on failure.
# The database stays: a rerun with the same count and generator skips steps 1-2 (BENCH_FRESH=1 regenerates).
# The harness runs on the same machine as the service and PostgreSQL and competes with them for the CPU: close
# other work (builds) first, or the figures measure that too.
#   bench/dataset-search.sh [datasets]
# Environment: BENCH_REQUESTS (searches per run, 3000), BENCH_WARMUP (500), BENCH_FRESH, BENCH_JAVA_OPTS (the
# service's JVM options; default those of deploy/local/sdmi), SDMI_KEYCLOAK (http://127.0.0.1:8180).
# Output: the service's logs and the harness's reports in bench/.out/.
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATASETS="${1:-100000}"
REQUESTS="${BENCH_REQUESTS:-3000}"
WARMUP="${BENCH_WARMUP:-500}"
PORT=8093
BASE="http://127.0.0.1:$PORT"
DB=sdmi_catalog_bench
ROLE=sdmi_catalog
KEYCLOAK="${SDMI_KEYCLOAK:-http://127.0.0.1:8180}"
TOKEN_URL="$KEYCLOAK/realms/sdmi/protocol/openid-connect/token"
TOKEN_FORM="grant_type=password&client_id=sdmi-gateway&client_secret=sdmi-gateway-local-secret&username=viewer&password=sdmi-demo"
JAR="$ROOT/data-catalog-service/target/quarkus-app/quarkus-run.jar"
GENERATOR="$ROOT/bench/dataset-search.sql"
HARNESS="$ROOT/bench/SearchBench.java"
OUT="$ROOT/bench/.out"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}"
SERVICE_PID=""

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

[[ "$DATASETS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/dataset-search.sh [datasets]   (default 100000)" >&2; exit 2; }
[[ "$REQUESTS" =~ ^[1-9][0-9]*$ && "$WARMUP" =~ ^[0-9]+$ ]] || die "BENCH_REQUESTS and BENCH_WARMUP must be numbers"
if [[ ! -f "$JAR" ]]; then
  echo "data-catalog-service is not built ($JAR is missing); build it with:" >&2
  echo "  ./mvnw -pl data-catalog-service -am package -DskipTests" >&2
  exit 1
fi
command -v "$JAVA" >/dev/null 2>&1 || die "no java found: install a JDK 17 or newer or set JAVA_HOME"
command -v psql >/dev/null 2>&1 || die "no psql found: start PostgreSQL with deploy/local/sdmi up postgres keycloak"
command -v curl >/dev/null 2>&1 || die "no curl found"
mkdir -p "$OUT"

# psql as the postgres OS user (peer authentication), as deploy/local/sdmi does: as root or through sudo
as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
sql() { as_postgres psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

token() {
  curl -fsS --max-time 20 -d "$TOKEN_FORM" "$TOKEN_URL" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# ------------------------------------------------------------------------------------------ the service

start_service() {
  local log="$OUT/data-catalog-service.$1.log" start=$SECONDS
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "port $PORT is taken: stop what listens there, then run this again"
  QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME=$ROLE \
  QUARKUS_DATASOURCE_PASSWORD=$ROLE \
  QUARKUS_OIDC_AUTH_SERVER_URL="$KEYCLOAK/realms/sdmi" \
  MP_MESSAGING_INCOMING_ASSESSMENT_GROUP_ID=data-catalog-service-bench \
    "$JAVA" "${JAVA_OPTS[@]}" -jar "$JAR" >"$log" 2>&1 </dev/null &
  SERVICE_PID=$!
  # live, not ready: readiness includes Kafka, which the benchmark does not need
  until curl -fsS -o /dev/null --max-time 2 "$BASE/q/health/live" 2>/dev/null; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      tail -n 40 "$log" >&2 || true
      SERVICE_PID=""
      die "data-catalog-service stopped while starting; its log is $log"
    fi
    (( SECONDS - start < 180 )) || { tail -n 40 "$log" >&2 || true; die "data-catalog-service was not live within 180 s; its log is $log"; }
    sleep 0.5
  done
  say "data-catalog-service live on $BASE in $(( SECONDS - start )) s (pid $SERVICE_PID, log $log)"
}

stop_service() {
  [[ -n "$SERVICE_PID" ]] || return 0
  local pid="$SERVICE_PID" waited=0
  SERVICE_PID=""
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && (( waited < 150 )); do sleep 0.2; waited=$(( waited + 1 )); done
    if kill -0 "$pid" 2>/dev/null; then
      echo "data-catalog-service did not stop in 30 s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
}
trap stop_service EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ------------------------------------------------------------------------------------------ checks

pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null \
  || die "PostgreSQL does not answer on 127.0.0.1:5432: start it with deploy/local/sdmi up postgres keycloak"
[[ "$(sql -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" == 1 ]] \
  || die "PostgreSQL has no role $ROLE: deploy/local/sdmi up postgres creates it"
[[ -n "$(token)" ]] \
  || die "no token from Keycloak at $KEYCLOAK for the user viewer: start it with deploy/local/sdmi up postgres keycloak"

# ------------------------------------------------------------------------------------------ the catalog

STAMP="bench/dataset-search.sh: $DATASETS datasets, generator $(md5sum <"$GENERATOR" | cut -c1-16)"
stamp="$(sql -d postgres -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$DB'")"
count=""
if [[ "$stamp" == "$STAMP" ]]; then
  count="$(sql -d "$DB" -c "SELECT count(*) FROM dataset" 2>/dev/null || true)"
fi
if [[ -z "${BENCH_FRESH:-}" && "$stamp" == "$STAMP" && "$count" == "$DATASETS" ]]; then
  say "reusing database $DB: $count datasets from this generator (BENCH_FRESH=1 to regenerate)"
else
  say "creating database $DB owned by $ROLE"
  sql -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER $ROLE"
  say "starting data-catalog-service once for its schema (Flyway)"
  start_service schema
  stop_service
  say "generating $DATASETS datasets"
  began=$(date +%s%N)
  sql -v datasets="$DATASETS" -d "$DB" <"$GENERATOR"
  say "generated $DATASETS datasets in $(( ($(date +%s%N) - began) / 1000000 )) ms"
  sql -d postgres -c "COMMENT ON DATABASE $DB IS '$STAMP'"
fi
read -r visible organizations < <(sql -F ' ' -d "$DB" -c \
  "SELECT (SELECT count(*) FROM dataset WHERE status IN ('PUBLISHED', 'RETIRED')), (SELECT count(*) FROM organization)")

# ------------------------------------------------------------------------------------------ the runs

say "starting data-catalog-service (JVM options: ${JAVA_OPTS[*]})"
start_service bench
seen="$(curl -fsS --max-time 60 -H "Authorization: Bearer $(token)" "$BASE/api/v1/datasets?size=1" \
  | grep -o '"total" *: *[0-9]*' | head -n1 | tr -cd '0-9' || true)"
[[ "$seen" == "$visible" ]] \
  || die "the service sees ${seen:-no} published or retired datasets, the database holds $visible: was the data inserted while it ran?"
loaded="$(sed -n 's/.*\(Facet index: .*\)/\1/p' "$OUT/data-catalog-service.bench.log" | head -n1)"
say "the viewer sees $seen of $DATASETS datasets from $organizations producers${loaded:+ ($loaded)}"
# the idle service uses next to no CPU: what is busy now is other work, and it would compete with the searches
busy="$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat; sleep 3; awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)"
busy="$(awk 'NR == 1 { b = $1; i = $2 } NR == 2 { d = ($1 - b) + ($2 - i); print (d > 0 ? int(100 * ($1 - b) / d) : 0) }' <<<"$busy")"
if (( busy > 20 )); then
  printf '\033[33mwarning:\033[0m other work keeps %s%% of the %s cores busy: the figures will show it\n' "$busy" "$(nproc)" >&2
fi

for c in 1 4; do
  say "searching: $REQUESTS requests at concurrency $c after $WARMUP to warm up"
  SEARCHBENCH_TOKEN_URL="$TOKEN_URL" SEARCHBENCH_TOKEN_FORM="$TOKEN_FORM" \
    "$JAVA" "$HARNESS" "$BASE" "$(token)" "$REQUESTS" "$c" "$WARMUP" | tee "$OUT/search-c$c.txt" \
    || die "the searches at concurrency $c failed (above; report in $OUT/search-c$c.txt, service log in $OUT/data-catalog-service.bench.log)"
done
stop_service

p95() { sed -n 's/^RESULT .* p95=\([0-9.]*\) .*/\1/p' "$OUT/search-c$1.txt"; }
echo
echo "Dataset search, $DATASETS datasets ($seen visible to viewer), $REQUESTS searches per run, service JVM: ${JAVA_OPTS[*]}"
for c in 1 4; do
  echo
  echo "concurrency $c:"
  sed -n '/^class /,/^throughput:/p' "$OUT/search-c$c.txt"
done
echo
echo "p95 overall: $(p95 1) ms at concurrency 1, $(p95 4) ms at concurrency 4 (target 50 ms)"
