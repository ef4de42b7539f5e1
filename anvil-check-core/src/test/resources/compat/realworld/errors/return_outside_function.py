# expect-min: 3.0
# expect: PY001 syntax-error
import sys

CONFIG = {"debug": False}

if len(sys.argv) < 2:
    return

CONFIG["input"] = sys.argv[1]


def main():
    print(CONFIG)
