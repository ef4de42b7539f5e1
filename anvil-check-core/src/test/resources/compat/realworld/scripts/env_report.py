# expect-min: 3.8
# expect: PY201 importlib.metadata
import platform
import sys
from importlib.metadata import distributions


def main():
    print("python", sys.version.split()[0], "on", platform.system(), platform.machine())
    names = sorted((d.metadata["Name"] or "?", d.version) for d in distributions())
    for name, version in names:
        print("  %-30s %s" % (name, version))


if __name__ == "__main__":
    main()
