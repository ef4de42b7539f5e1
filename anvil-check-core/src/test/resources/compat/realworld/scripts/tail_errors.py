# expect-min: 3.8
# expect: PY101 walrus
import sys
import time


def follow(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        fh.seek(0, 2)
        while True:
            if not (line := fh.readline()):
                time.sleep(0.5)
                continue
            yield line


if __name__ == "__main__":
    for line in follow(sys.argv[1]):
        if "ERROR" in line or "Traceback" in line:
            sys.stdout.write(line)
