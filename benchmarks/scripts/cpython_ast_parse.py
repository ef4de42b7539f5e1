"""CPython's own ast.parse over a tree of .py files: the baseline of dev.anvilcheck.bench.CorpusParse.

    python3.13 benchmarks/scripts/cpython_ast_parse.py [--exclude DIRNAME]... DIR [DIR...]

Walks the directories in sorted order (skipping directories named by --exclude, e.g. site-packages), reads each .py file's bytes and calls ast.parse(bytes, path), one file at
a time in this one process (files are streamed, none kept). Prints one line in the same form as CorpusParse:

    files=1726 bytes=33420312 lines=896012 errors=4 seconds=5.61 MB/s=5.96 (parse only: 5.40 s)

'seconds' is the whole run from interpreter start (process start time when the platform reports it, else the
script's start); 'parse only' sums the time spent inside ast.parse.
"""
import ast
import os
import sys
import time
import warnings


def process_start():
    try:
        # seconds since boot when the process started, from /proc (Linux); compared with the uptime now
        with open('/proc/self/stat') as f:
            start_ticks = int(f.read().rsplit(')', 1)[1].split()[19])
        with open('/proc/uptime') as f:
            uptime = float(f.read().split()[0])
        age = uptime - start_ticks / os.sysconf('SC_CLK_TCK')
        return time.perf_counter() - age
    except (OSError, ValueError, IndexError):
        return None


def python_files(roots, excluded):
    for root in roots:
        if os.path.isfile(root):
            yield root
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in excluded)
            for name in sorted(filenames):
                if name.endswith('.py'):
                    path = os.path.join(dirpath, name)
                    if os.path.isfile(path) and not os.path.islink(path):
                        yield path


def main(argv):
    started = process_start()
    script_start = time.perf_counter()
    args = argv[1:]
    excluded = set()
    while len(args) >= 2 and args[0] == '--exclude':
        excluded.add(args[1])
        args = args[2:]
    if not args:
        sys.stderr.write(__doc__)
        return 2
    warnings.simplefilter('ignore')
    files = total_bytes = lines = errors = 0
    parse_seconds = 0.0
    for path in python_files(args, excluded):
        with open(path, 'rb') as f:
            data = f.read()
        files += 1
        total_bytes += len(data)
        lines += data.count(b'\n') + (1 if data and not data.endswith(b'\n') else 0)
        t0 = time.perf_counter()
        try:
            ast.parse(data, path)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            errors += 1
        parse_seconds += time.perf_counter() - t0
    end = time.perf_counter()
    seconds = end - (started if started is not None else script_start)
    print('files=%d bytes=%d lines=%d errors=%d seconds=%.2f MB/s=%.2f (parse only: %.2f s, Python %s)'
          % (files, total_bytes, lines, errors, seconds, total_bytes / 1e6 / seconds, parse_seconds,
             sys.version.split()[0]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
