# expect-min: 3.0
# expect: none
import json
import sys


def main():
    data = json.load(sys.stdin)
    json.dump(data, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    try:
        main()
    except ValueError as e:
        sys.stderr.write("invalid JSON: %s\n" % e)
        sys.exit(1)
