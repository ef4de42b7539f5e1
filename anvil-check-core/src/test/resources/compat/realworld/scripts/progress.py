# expect-min: 3.3
# expect: PY202 print(flush=)
import sys
import time


def bar(done, total, width=40):
    filled = int(width * done / total)
    return "[" + "#" * filled + "." * (width - filled) + "] %d/%d" % (done, total)


def run(total=50):
    for i in range(total + 1):
        print("\r" + bar(i, total), end="", flush=True)
        time.sleep(0.01)
    print()


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
