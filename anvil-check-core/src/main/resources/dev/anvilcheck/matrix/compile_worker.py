# anvil-check compile worker: reads one file path per line on stdin, compiles each file (never runs it) and
# answers one JSON line per file. Works on Python 2.7 and 3.x. Part of anvil-check's interpreter matrix.
import json
import sys


def verdict(path):
    try:
        with open(path, "rb") as f:
            source = f.read()
        compile(source, path, "exec", 0, True)
        return {"path": path, "ok": True}
    except SyntaxError as e:
        return {"path": path, "ok": False, "msg": "%s: %s" % (type(e).__name__, e.msg),
                "line": e.lineno or 0, "col": e.offset or 0}
    except Exception as e:  # ValueError (NUL bytes), MemoryError, RecursionError, ...
        return {"path": path, "ok": False, "msg": "%s: %s" % (type(e).__name__, e), "line": 0, "col": 0}


def main():
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        path = line.rstrip("\n")
        if not path:
            continue
        sys.stdout.write(json.dumps(verdict(path)) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
