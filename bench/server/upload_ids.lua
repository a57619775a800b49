-- wrk script: POST /api/v1/records of a CSV file, one signed-in user per wrk thread, and the id
-- of every acknowledged (201) upload written to a file at the end, so that the caller can check
-- that the database holds each of them exactly once.
-- Environment: OG_USERS ("cookie|csrf" pairs separated by spaces, at least one per thread),
-- OG_FILE (the CSV to upload), OG_IDS (where to write the acknowledged ids, one per line).
local f = assert(io.open(os.getenv("OG_FILE"), "rb"))
local body = f:read("*a")
f:close()

local users = {}
for pair in string.gmatch(os.getenv("OG_USERS"), "%S+") do
  local cookie, csrf = string.match(pair, "^([^|]+)|(.+)$")
  table.insert(users, {cookie = cookie, csrf = csrf})
end

local threads = {}
local next_user = 1
function setup(thread)
  local u = users[next_user]
  assert(u, "OG_USERS has fewer users than wrk threads")
  thread:set("cookie", u.cookie)
  thread:set("csrf", u.csrf)
  next_user = next_user + 1
  table.insert(threads, thread)
end

-- Per thread (each runs its own copy of this script).
ids = {}
function init(args)
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "text/csv"
  wrk.headers["Cookie"] = cookie
  wrk.headers["X-CSRF-Token"] = csrf
end

function response(status, headers, resp)
  if status == 201 then
    local id = string.match(resp, '"id":"(%x+)"')
    if id then table.insert(ids, id) end
  end
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("OG_IDS"), "w"))
  for _, t in ipairs(threads) do
    for _, id in ipairs(t:get("ids")) do out:write(id, "\n") end
  end
  out:close()
end
