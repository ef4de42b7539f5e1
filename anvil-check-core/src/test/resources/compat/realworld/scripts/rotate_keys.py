# expect-min: 3.9
# expect: PY201 random.randbytes
import base64
import json
import random
import sys


def new_key(rnd):
    return base64.b64encode(rnd.randbytes(32)).decode()


def main(path):
    rnd = random.Random()
    with open(path) as fh:
        keys = json.load(fh)
    keys = keys[-2:] + [new_key(rnd)]
    print("test key:", random.randbytes(4).hex())
    with open(path, "w") as fh:
        json.dump(keys, fh)


if __name__ == "__main__":
    main(sys.argv[1])
