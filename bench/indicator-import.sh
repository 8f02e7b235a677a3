#!/usr/bin/env bash
# Benchmark: imports 10,000 indicators from CSV into a fresh draft through the gateway, three times, and prints
# each time and the best. Needs the platform running (deploy/local/sdmi up).
#   bench/indicator-import.sh [rows]
set -Eeuo pipefail
ROWS="${1:-10000}"
GATEWAY="${SDMI_GATEWAY:-http://127.0.0.1:8080}"
KEYCLOAK="${SDMI_KEYCLOAK:-http://127.0.0.1:8180}"
TOKEN="$(curl -fsS -d grant_type=password -d client_id=sdmi-gateway -d client_secret=sdmi-gateway-local-secret \
  -d username=editor -d password=sdmi-demo "$KEYCLOAK/realms/sdmi/protocol/openid-connect/token" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
CSV="$(mktemp)"; ANSWER="$(mktemp)"; trap 'rm -f "$CSV" "$ANSWER"' EXIT
# six domains, rows spread over them, with bilingual text, guidance, objectives and targets like the real ones
awk -v rows="$ROWS" 'BEGIN {
  print "code,domain,order,text_id,text_en,guidance_id,guidance_en,gcm_objectives,sdg_targets";
  for (i = 1; i <= rows; i++) {
    d = (i - 1) % 6 + 1; n = int((i - 1) / 6) + 1;
    # codes such as 3.12.7 (domain, group of a hundred, number), within the code format
    printf "%d.%d.%d,D%d,%d,\"Pemerintah daerah menyediakan layanan informasi migrasi yang aman nomor %d, termasuk bagi perempuan pekerja migran\",Local government provides safe migration information service number %d including for women migrant workers,Periksa peraturan dan laporan pelaksanaan,Check the regulation and implementation reports,%d;%d,10.7;8.8\n", d, int((n - 1) / 100) + 1, (n - 1) % 100 + 1, d, n, i, i, i % 23 + 1, (i + 7) % 23 + 1
  }
}' >"$CSV"
call() { curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
FW="BENCH-$(date +%s)"
call -d "{\"code\":\"$FW\",\"level\":\"NATIONAL\",\"name\":{\"id\":\"Tolok ukur\"}}" "$GATEWAY/api/v1/frameworks"
best=""
for run in 1 2 3; do
  call -d "{\"version\":\"r$run\"}" "$GATEWAY/api/v1/frameworks/$FW/versions"
  for d in 1 2 3 4 5 6; do
    call -d "{\"code\":\"D$d\",\"order\":$d,\"name\":{\"id\":\"Domain $d\"}}" "$GATEWAY/api/v1/frameworks/$FW/versions/r$run/domains"
  done
  t="$(curl -sS -o "$ANSWER" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    --data-binary "@$CSV" "$GATEWAY/api/v1/frameworks/$FW/versions/r$run/indicators/import")"
  grep -q '"imported"' "$ANSWER" || { cat "$ANSWER" >&2; exit 1; }
  echo "run $run: $ROWS rows ($(wc -c <"$CSV") bytes) imported in ${t}s"
  if [[ -z "$best" ]] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$t"; fi
done
echo "best: ${best}s for $ROWS rows"
