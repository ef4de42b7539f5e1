# expect-min: 3.0
# expect-max: 3.9
# expect: PY302 collections.Mapping
import collections
import json


def flatten(prefix, value, out):
    if isinstance(value, collections.Mapping):
        for k, v in value.items():
            flatten(prefix + "." + k if prefix else k, v, out)
    else:
        out[prefix] = value
    return out


def parse_payload(body):
    return flatten("", json.loads(body), {})
