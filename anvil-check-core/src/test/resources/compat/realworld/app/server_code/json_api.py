# expect-min: 3.5
# expect: PY201 json.JSONDecodeError
import json
import anvil.server


@anvil.server.http_endpoint("/api/items", methods=["POST"])
def create_item(**kw):
    raw = anvil.server.request.body.get_bytes().decode("utf-8")
    try:
        payload = json.loads(raw)
    except json.JSONDecodeError as e:
        return anvil.server.HttpResponse(400, "invalid JSON: " + e.msg)
    if "name" not in payload:
        return anvil.server.HttpResponse(422, "name is required")
    return {"created": payload["name"]}
