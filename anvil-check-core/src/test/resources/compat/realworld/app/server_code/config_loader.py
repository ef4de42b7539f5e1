# expect-min: 3.11
# expect: PY201 tomllib
import tomllib
from pathlib import Path

DEFAULTS = {"page_size": 25, "currency": "GBP"}


def load_settings(path="settings.toml"):
    p = Path(path)
    if not p.exists():
        return dict(DEFAULTS)
    with p.open("rb") as fh:
        data = tomllib.load(fh)
    merged = dict(DEFAULTS)
    merged.update(data.get("app", {}))
    return merged
