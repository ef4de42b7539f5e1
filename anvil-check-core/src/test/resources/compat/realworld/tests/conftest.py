# expect-min: 3.0
# expect: none
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def guard(*args, **kwargs):
        raise RuntimeError("network access in tests")
    monkeypatch.setattr("socket.socket.connect", guard)


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: long running test")
