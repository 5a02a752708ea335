-- wrk script: POST one command per request to the JSON API (each acknowledged once durable).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type":"register_person","name_latin":"Delegate from wrk","party":"par-1"}'
