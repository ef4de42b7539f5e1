# expect-min: 3.6
# expect: PY201 secrets
import argparse
import secrets
import string

ALPHABET = string.ascii_letters + string.digits + "-_"


def password(length):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", "--length", type=int, default=24)
    ap.add_argument("--hex", action="store_true")
    ns = ap.parse_args()
    print(secrets.token_hex(ns.length // 2) if ns.hex else password(ns.length))
