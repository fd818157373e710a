-- wrk script: every request a different page of events (a random 30-day window of 2023 and a
-- random page size), so that no answer is served from the server's cache: the cost of a query.
math.randomseed(os.time())
request = function()
  local day = math.random(0, 330)
  local from = os.date("!%Y-%m-%d", 1672531200 + day * 86400)
  local to = os.date("!%Y-%m-%d", 1672531200 + (day + 30) * 86400)
  local path = string.format("/api/events?limit=%d&from=%s&to=%s", math.random(40, 60), from, to)
  return wrk.format("GET", path)
end
