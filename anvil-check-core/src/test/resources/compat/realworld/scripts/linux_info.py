# expect-min: 3.0
# expect-max: 3.7
# expect: PY302 platform.linux_distribution
import platform
import sys


def describe():
    name, version, codename = platform.linux_distribution()
    return "%s %s (%s)" % (name, version, codename)


if __name__ == "__main__":
    if sys.platform.startswith("linux"):
        print(describe())
    else:
        print(platform.platform())
