# expect-min: 3.0
# expect: none
import os
import random
import string
import sys

ALPHABET = string.ascii_letters + string.digits

_rng = random.SystemRandom()


def password(length=20):
    return "".join(_rng.choice(ALPHABET) for _ in range(length))


def token(nbytes=16):
    return "".join("%02x" % b for b in bytearray(os.urandom(nbytes)))


if __name__ == "__main__":
    print(password(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
