-- wrk script for a moderate, paced load: each connection waits SDMI_BENCH_PAUSE_MS after an answer before it sends
-- its next request (a caller with think time), so the load stays below what the machine can serve.
local pause = tonumber(os.getenv("SDMI_BENCH_PAUSE_MS") or "0")

function delay()
  return pause
end
