# expect-min: 3.3
# expect: PY201 hmac.compare_digest
import base64
import hashlib
import hmac
import json
import time


def sign(payload, key, ttl=3600):
    body = dict(payload, exp=int(time.time()) + ttl)
    raw = base64.urlsafe_b64encode(json.dumps(body, sort_keys=True).encode()).rstrip(b"=")
    sig = hmac.new(key, raw, hashlib.sha256).digest()
    return raw.decode() + "." + base64.urlsafe_b64encode(sig).rstrip(b"=").decode()


def unsign(token, key):
    raw, _, sig = token.partition(".")
    good = base64.urlsafe_b64encode(hmac.new(key, raw.encode(), hashlib.sha256).digest()).rstrip(b"=")
    if not hmac.compare_digest(good.decode(), sig):
        raise ValueError("bad signature")
    body = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    if body["exp"] < time.time():
        raise ValueError("expired")
    return body
