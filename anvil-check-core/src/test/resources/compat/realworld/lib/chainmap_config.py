# expect-min: 3.3
# expect: PY201 collections.ChainMap
import os
from collections import ChainMap

DEFAULTS = {"debug": "0", "port": "8080", "host": "127.0.0.1"}


def load(cli_args=None):
    env = {k[4:].lower(): v for k, v in os.environ.items() if k.startswith("APP_")}
    return ChainMap(cli_args or {}, env, DEFAULTS)


def as_bool(value):
    return str(value).lower() in ("1", "true", "yes", "on")
