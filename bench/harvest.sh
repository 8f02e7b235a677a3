#!/usr/bin/env bash
# Benchmark: harvesting a CKAN portal of N packages into the NSDR (a first run that creates them all, a second that
# finds them unchanged), and reading the catalog back as DCAT (Turtle, 500 a page) and through the CKAN API (1,000 a
# page), through the gateway. The portal is deploy/demo/harvest/portal.mjs serving N generated packages on port 8092.
# Needs the platform running (deploy/local/sdmi up) and Node.js.
#   bench/harvest.sh [packages, default 1000]
set -Eeuo pipefail
N="${1:-1000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${SDMI_GATEWAY:-http://127.0.0.1:8080}"
KEYCLOAK="${SDMI_KEYCLOAK:-http://127.0.0.1:8180}"
PORT=8092
WORK="$(mktemp -d)"
trap 'kill "$PORTAL" 2>/dev/null || true; rm -rf "$WORK"' EXIT

token() {
  curl -fsS -d grant_type=password -d client_id=sdmi-gateway -d client_secret=sdmi-gateway-local-secret \
    -d username="$1" -d password=sdmi-demo "$KEYCLOAK/realms/sdmi/protocol/openid-connect/token" | jq -r .access_token
}
ADMIN="$(token admin)"
WALIDATA="$(token walidata)"
CODE="BENCH-$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr a-f A-F)"

# N packages in CKAN's shape, each with two tags, two resources and a few extras
mkdir -p "$WORK/packages"
node -e '
const fs = require("fs"); const n = +process.argv[1]; const dir = process.argv[2];
for (let i = 0; i < n; i++) {
  const id = require("crypto").randomUUID();
  fs.writeFileSync(`${dir}/p${i}.json`, JSON.stringify({ id, name: `statistik-uji-${i}`,
    title: `Statistik uji nomor ${i}`, notes: `Data uji ke-${i} untuk mengukur kecepatan panen metadata.`,
    state: "active", private: false, type: "dataset", metadata_created: "2024-01-01T00:00:00.000000",
    metadata_modified: "2024-06-01T00:00:00.000000", license_id: "cc-by", license_title: "Creative Commons Attribution",
    maintainer: "Seksi Data", maintainer_email: "data@example.go.id",
    organization: { id: "bench", name: "bench", title: "Bench" }, owner_org: "bench",
    tags: [{ name: "pekerja migran" }, { name: "uji" }],
    extras: [{ key: "frequency", value: "http://publications.europa.eu/resource/authority/frequency/MONTHLY" },
             { key: "temporal_start", value: "2020" }],
    resources: [{ id: require("crypto").randomUUID(), name: "Tabel", url: `https://data.example.go.id/${i}.csv`,
                  format: "CSV", mimetype: "text/csv" },
                { id: require("crypto").randomUUID(), name: "Halaman", url: `https://data.example.go.id/${i}`,
                  format: "HTML", mimetype: "text/html" }] }));
}' "$N" "$WORK/packages"
SDMI_DEMO_PORTAL_PORT=$PORT SDMI_DEMO_PORTAL_DIR="$WORK/packages" node "$ROOT/deploy/demo/harvest/portal.mjs" \
  >"$WORK/portal.log" 2>&1 &
PORTAL=$!
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/3/action/status_show" 2>/dev/null && break; sleep 0.2; done

curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$CODE\",\"name\":{\"id\":\"Produsen uji panen\"},\"type\":\"AGENCY\",\"sdiRole\":\"PRODUSEN_DATA\"}" \
  "$GATEWAY/api/v1/organizations"
SOURCE="$(curl -fsS -H "Authorization: Bearer $WALIDATA" -H 'Content-Type: application/json' \
  -d "{\"organization\":\"$CODE\",\"kind\":\"CKAN\",\"url\":\"http://127.0.0.1:$PORT\",\"title\":\"Bench\",\"trusted\":true}" \
  "$GATEWAY/api/v1/harvest-sources" | jq -r .id)"

run() {
  local job state began=$SECONDS
  job="$(curl -fsS -X POST -H "Authorization: Bearer $WALIDATA" "$GATEWAY/api/v1/harvest-sources/$SOURCE/jobs" | jq -r .id)"
  while :; do
    curl -fsS -H "Authorization: Bearer $WALIDATA" "$GATEWAY/api/v1/harvest-jobs/$job" >"$WORK/job.json"
    state="$(jq -r .state "$WORK/job.json")"
    [[ "$state" == QUEUED || "$state" == RUNNING ]] || break
    sleep 0.5
  done
  jq -r --arg n "$N" '"\(.state): created \(.created), updated \(.updated), unchanged \(.unchanged), failed \(.failed) in \(((.finishedAt | sub("\\.[0-9]+"; "") | fromdateiso8601) - (.startedAt | sub("\\.[0-9]+"; "") | fromdateiso8601))) s (\($n) packages)"' "$WORK/job.json"
}
echo "first harvest (trusted: created and published):"; run
echo "second harvest (nothing changed):"; run

time_get() { curl -fsS -o "$WORK/out" -w '%{time_total} s, %{size_download} bytes\n' "$@"; }
echo "DCAT Turtle, first 500 published datasets:"; time_get "$GATEWAY/api/v1/catalog.ttl?size=500"
echo "CKAN package_search, 1000 rows:"; time_get "$GATEWAY/api/3/action/package_search?rows=1000&sort=id%20asc"
