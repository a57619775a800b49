-- wrk script: POST /api/v1/ask with a fixed question.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"question": "What is VGPR?", "format": "json"}'
