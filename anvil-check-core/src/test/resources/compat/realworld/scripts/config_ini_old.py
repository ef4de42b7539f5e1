# expect-min: 3.0
# expect-max: 3.11
# expect: PY302 configparser.SafeConfigParser
import configparser
import sys


def load(path):
    cp = configparser.SafeConfigParser()
    cp.read(path)
    return dict((s, dict(cp.items(s))) for s in cp.sections())


if __name__ == "__main__":
    print(load(sys.argv[1]))
