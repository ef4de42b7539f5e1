# expect-min: 3.6
# expect: PY101 f-strings
import json

import pytest


@pytest.fixture
def config_file(tmp_path):
    p = tmp_path / "config.json"
    p.write_text(json.dumps({"debug": True}))
    return p


def test_reads(config_file):
    data = json.loads(config_file.read_text())
    assert data["debug"] is True, f"unexpected {data}"


def test_missing(tmp_path):
    assert not (tmp_path / "nope.json").exists()
