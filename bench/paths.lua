-- wrk script of the benchmark: requests the paths listed in a file (one per line) in turn, each connection
-- starting at its own place, and ends with one machine-readable line:
--   RESULT <requests> <seconds> <requests/s> <p50 ms> <p95 ms> <p99 ms> <errors>
-- Errors are answers other than 200 (a redirect to the sign-in page is one), timeouts and broken connections:
-- a scenario with any does not count.
--   wrk -s bench/paths.lua http://localhost:9080 -- paths.txt

local threads = {}
local paths = {}
local counter = 0
not_ok = 0

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no paths in " .. args[1])
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local wrong = 0
  for _, thread in ipairs(threads) do
    wrong = wrong + thread:get("not_ok")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %d %.1f %.1f %.2f %.2f %.2f %d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + wrong))
end
