-- wrk script: POST /api/v1/records of a CSV file as a signed-in user.
-- Environment: OG_COOKIE ("og_session=..."), OG_CSRF, OG_FILE (the CSV to upload).
local f = assert(io.open(os.getenv("OG_FILE"), "rb"))
local body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/csv"
wrk.headers["Cookie"] = os.getenv("OG_COOKIE")
wrk.headers["X-CSRF-Token"] = os.getenv("OG_CSRF")
wrk.body = body
