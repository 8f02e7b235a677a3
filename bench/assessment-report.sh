#!/usr/bin/env bash
# Benchmark: the summary and the report of an assessment of the 98-indicator demo catalog MGI-NATIONAL 2023 with a
# full history (every indicator answered three times, each time with evidence; 3-5 highlights per domain; four
# meetings), through the gateway. Prints each request's time (curl time_total) and the median and worst of N.
# Needs the platform running with its demo data (deploy/local/sdmi up).
#   bench/assessment-report.sh [requests per kind, default 50]
set -Eeuo pipefail
N="${1:-50}"
GATEWAY="${SDMI_GATEWAY:-http://127.0.0.1:8080}"
KEYCLOAK="${SDMI_KEYCLOAK:-http://127.0.0.1:8180}"
token() {
  curl -fsS -d grant_type=password -d client_id=sdmi-gateway -d client_secret=sdmi-gateway-local-secret \
    -d username="$1" -d password=sdmi-demo "$KEYCLOAK/realms/sdmi/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
TOKEN="$(token coordinator)"
call() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }

# the demo catalog's indicators, as code and domain
mapfile -t ROWS < <(call "$GATEWAY/api/v1/frameworks/MGI-NATIONAL/versions/2023/indicators?format=csv" \
  | tail -n +2 | cut -d, -f1,2)
[[ "${#ROWS[@]}" -ge 98 ]] || { echo "MGI-NATIONAL 2023 is not loaded: run deploy/local/sdmi up" >&2; exit 1; }
CODES=(); for row in "${ROWS[@]}"; do CODES+=("${row%%,*}"); done
DATASET="$(call "$GATEWAY/api/v1/datasets?identifier=bps-sakernas" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')"

ID="$(call -d '{"framework":"MGI-NATIONAL","version":"2023","scope":{"level":"NATIONAL","regionCode":null},"title":"Benchmark"}' \
  "$GATEWAY/api/v1/assessments" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')"
URL="$GATEWAY/api/v1/assessments/$ID"
codes_json="$(printf '"%s",' "${CODES[@]}")"
call -o /dev/null -d "{\"org\":\"KEMNAKER\",\"indicators\":[${codes_json%,}]}" "$URL/participants"
move() { call -o /dev/null -d "{\"to\":\"$1\"}" "$URL/transitions"; }
meeting() {
  call -o /dev/null -d "{\"type\":\"$1\",\"date\":\"2023-0$2-15\",\"place\":\"Jakarta\",\"participants\":{\"female\":40,\"male\":38},\"orgs\":[\"KEMNAKER\",\"BP2MI\",\"KEMLU\"]}" "$URL/meetings"
}
move DATA_COLLECTION; meeting INTRODUCTION 6; meeting FGD 7; move CONSULTATION
echo "answering ${#CODES[@]} indicators three times each..."
for round in PARTIAL NO YES; do
  for code in "${CODES[@]}"; do
    call -o /dev/null -X PUT -d "{\"value\":\"$round\",\"justification\":\"Putaran $round: diatur dalam peraturan, pelaksanaan dipantau oleh kementerian terkait.\",\"evidence\":[{\"type\":\"REGULATION\",\"reference\":\"UU No. 18 Tahun 2017\"},{\"type\":\"DATASET\",\"datasetId\":\"$DATASET\"}]}" \
      "$URL/answers/$code"
  done
done
declare -A seen=()
for row in "${ROWS[@]}"; do
  code="${row%%,*}"; domain="${row#*,}"
  if [[ "${seen[$domain]:-0}" -lt 4 ]]; then
    call -o /dev/null -X PUT "$URL/highlights/$code"; seen[$domain]=$(( ${seen[$domain]:-0} + 1 ))
  fi
done
move VALIDATION; meeting CONSULTATION 8; meeting VALIDATION 9
echo "assessment $ID: ${#CODES[@]} indicators, $(( ${#CODES[@]} * 3 )) answer versions, 4 meetings"

# read as a viewer: the coordinator's rate limit (600 a minute by default) is spent on building it
TOKEN="$(token viewer)"
measure() {
  local name="$1" accept="$2" path="$3" times
  times="$(for i in $(seq "$N"); do
    curl -sS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" -H "Accept: $accept" "$URL/$path"
  done | sort -n)"
  awk -v name="$name" -v n="$N" '{ t[NR] = $1 * 1000 } END {
    printf "%-18s n=%d  median %.1f ms  p95 %.1f ms  worst %.1f ms\n", name, n, t[int((n + 1) / 2)], t[int(n * 0.95 + 0.5)], t[n] }' <<<"$times"
}
measure summary application/json summary
measure "report (Markdown)" text/markdown report
measure "report (HTML)" text/html report
measure "answers (CSV)" text/csv "answers?format=csv"
