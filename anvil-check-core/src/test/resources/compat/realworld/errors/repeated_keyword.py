# expect-min: 3.0
# expect: PY001 syntax-error
import json


def dump(data):
    return json.dumps(data, indent=2, sort_keys=True, indent=4)


def load(text):
    return json.loads(text)


ROUNDTRIP = load(dump({"a": 1}))
