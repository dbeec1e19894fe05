-- Used by beban.py: sets the bearer token and method, and prints wrk's summary as one JSON line.
local token = os.getenv("BEBAN_TOKEN")
local metode = os.getenv("BEBAN_METODE") or "GET"
wrk.method = metode
if token and #token > 0 then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = "application/json"

function done(summary, latency, requests)
  local p = function(q) return latency:percentile(q) / 1000.0 end
  io.write(string.format(
    '{"permintaan":%d,"durasi_us":%d,"galat_status":%d,"galat_koneksi":%d,"galat_baca":%d,"galat_tulis":%d,"galat_waktu":%d,"p50":%.3f,"p95":%.3f,"p99":%.3f,"maks":%.3f}\n',
    summary.requests, summary.duration, summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, p(50), p(95), p(99), latency.max / 1000.0))
end
