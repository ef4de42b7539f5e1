# expect-min: 3.3
# expect: PY201 shutil.disk_usage
import shutil
import sys


def human(n):
    for unit in ("B", "K", "M", "G", "T"):
        if n < 1024:
            return "%.1f%s" % (n, unit)
        n /= 1024.0
    return "%.1fP" % n


def main(paths):
    for p in paths:
        total, used, free = shutil.disk_usage(p)
        print("%-20s %8s used of %8s (%d%%)" % (p, human(used), human(total), 100 * used // total))


if __name__ == "__main__":
    main(sys.argv[1:] or ["/"])
