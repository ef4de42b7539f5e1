# expect-min: 3.6
# expect: PY101 f-strings
import hashlib
import hmac
import json
import anvil.server
import anvil.secrets


def _verify(body, signature):
    key = anvil.secrets.get_secret("webhook_key").encode()
    digest = hmac.new(key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature)


@anvil.server.http_endpoint("/hooks/payment", methods=["POST"])
def payment_hook(**params):
    request = anvil.server.request
    body = request.body.get_bytes()
    if not _verify(body, request.headers.get("x-signature", "")):
        return anvil.server.HttpResponse(401, "bad signature")
    event = json.loads(body)
    print(f"payment event {event['type']} for {event['id']}")
    return {"ok": True}
