# expect-min: 3.0
# expect: none
import configparser
import sys


def load(path):
    cp = configparser.ConfigParser()
    cp.read(path)
    return {s: dict(cp[s]) for s in cp.sections()}


if __name__ == "__main__":
    for section, values in load(sys.argv[1]).items():
        print("[" + section + "]")
        for k, v in values.items():
            print("  " + k + " = " + v)
