# -*- coding: utf-8 -*-
"""CPython oracle worker for anvil-check's differential tests.

Runs unchanged on Python 2.7 and 3.6+.  Two modes:

Worker mode (no arguments): a long-lived process.  Reads one request per line on stdin and
answers one JSON object per line on stdout, in order:

    compile<TAB>PATH   -> {"path", "ok", "msg", "line", "col"}
                          from compile(bytes, PATH, 'exec', dont_inherit=True)
    dumpsha<TAB>PATH   -> {"path", "ok", "msg", "line", "col", "dumpsha"}
                          sha256 (hex) of the UTF-8 bytes of
                          ast.dump(ast.parse(bytes, PATH), include_attributes=True)
    dump<TAB>PATH      -> as dumpsha, plus "dump": the text itself
    version            -> {"version": "3.13.0"}

"ok" is false when the call raised; "msg" is "ExceptionType: message"; "line"/"col" are the
SyntaxError's lineno/offset (0 when absent).  A request never kills the worker.

Warm mode: python cpython_worker.py --warm KIND CACHE_FILE LIST_FILE
    KIND is "compile" or "dumpsha"; LIST_FILE holds one path per line.  For every listed file
    whose sha256 is not yet in CACHE_FILE, computes the verdict and appends a record, holding a
    POSIX lock (the same kind of lock the Java side takes) around each append.  Prints how many
    files were computed and how many were already cached.

Cache record (one line, tab-separated, UTF-8):
    compile:  SHA256  OK(1|0)  LINE  COL  MSG  .
    dumpsha:  SHA256  OK(1|0)  LINE  COL  MSG  DUMPSHA  .
MSG escapes backslash, tab, CR and LF as \\\\, \\t, \\r, \\n.  The final "." marks a whole
record.  Lines starting with '#' are comments; malformed lines (a run killed mid-write) are
ignored by readers.
"""
import hashlib
import json
import os
import sys
import warnings

PY3 = sys.version_info[0] >= 3


def _text(value):
    """Any value as a text (unicode) string, never raising."""
    try:
        if PY3:
            if isinstance(value, bytes):
                return value.decode('utf-8', 'replace')
            return str(value)
        if isinstance(value, unicode):  # noqa: F821 (Python 2 only)
            return value
        if isinstance(value, str):
            return value.decode('utf-8', 'replace')
        return unicode(value)  # noqa: F821 (Python 2 only)
    except Exception:  # a broken __str__ on an exception
        return u'<unprintable>'


def _int(value):
    try:
        return int(value or 0)
    except Exception:
        return 0


def _read(path):
    f = open(path, 'rb')
    try:
        return f.read()
    finally:
        f.close()


def _failure(exc):
    msg = _text(type(exc).__name__)
    detail = getattr(exc, 'msg', None) if isinstance(exc, SyntaxError) else None
    if detail is None:
        detail = exc.args[0] if len(exc.args) == 1 else (exc.args and _text(exc) or u'')
    msg = msg + u': ' + _text(detail)
    if isinstance(exc, SyntaxError):
        return {'ok': False, 'msg': msg, 'line': _int(exc.lineno), 'col': _int(exc.offset)}
    return {'ok': False, 'msg': msg, 'line': 0, 'col': 0}


def compile_verdict(path):
    try:
        source = _read(path)
    except Exception as exc:
        result = _failure(exc)
        result['msg'] = u'unreadable: ' + result['msg']
        return result
    try:
        compile(source, path, 'exec', 0, True)
    except Exception as exc:  # SyntaxError, ValueError (NUL), MemoryError, RecursionError, ...
        return _failure(exc)
    return {'ok': True, 'msg': u'', 'line': 0, 'col': 0}


def dump_verdict(path, with_text):
    import ast
    try:
        tree = ast.parse(_read(path), path)
        text = ast.dump(tree, include_attributes=True)
    except Exception as exc:
        result = _failure(exc)
        result['dumpsha'] = u''
        return result
    data = text.encode('utf-8') if PY3 or isinstance(text, unicode) else text  # noqa: F821
    result = {'ok': True, 'msg': u'', 'line': 0, 'col': 0,
              'dumpsha': _text(hashlib.sha256(data).hexdigest())}
    if with_text:
        result['dump'] = _text(text)
    return result


def answer(command, path):
    if command == 'compile':
        result = compile_verdict(path)
    elif command == 'dumpsha':
        result = dump_verdict(path, False)
    elif command == 'dump':
        result = dump_verdict(path, True)
    else:
        result = {'ok': False, 'msg': u'unknown command: ' + _text(command), 'line': 0, 'col': 0}
    result['path'] = _text(path)
    return result


def serve():
    if PY3:
        stdin = sys.stdin.buffer
        stdout = sys.stdout.buffer
    else:
        stdin = sys.stdin
        stdout = sys.stdout
    while True:
        line = stdin.readline()
        if not line:
            return
        line = line.rstrip(b'\r\n')
        if not line:
            continue
        if line == b'version':
            result = {'version': u'%d.%d.%d' % sys.version_info[:3]}
        else:
            command, _, raw_path = line.partition(b'\t')
            if PY3:
                path = raw_path.decode('utf-8', 'surrogateescape')
                command = command.decode('ascii', 'replace')
            else:
                path = raw_path
            try:
                result = answer(command, path)
            except BaseException as exc:  # never die on one request
                if isinstance(exc, KeyboardInterrupt):
                    raise
                result = _failure(exc)
                result['path'] = _text(path)
        out = json.dumps(result, sort_keys=True)
        if not isinstance(out, bytes):
            out = out.encode('ascii')
        stdout.write(out + b'\n')
        stdout.flush()


def _escape(text):
    return (text.replace(u'\\', u'\\\\').replace(u'\t', u'\\t')
            .replace(u'\r', u'\\r').replace(u'\n', u'\\n'))


def _cached_shas(cache_file):
    known = set()
    if not os.path.exists(cache_file):
        return known
    f = open(cache_file, 'rb')
    try:
        for raw in f:
            if not raw.endswith(b'\n') or raw.startswith(b'#'):
                continue
            fields = raw.rstrip(b'\n').split(b'\t')
            if len(fields) in (6, 7) and fields[-1] == b'.' and len(fields[0]) == 64 \
                    and fields[1] in (b'0', b'1'):
                known.add(fields[0].decode('ascii'))
    finally:
        f.close()
    return known


def _append(cache_file, record):
    import fcntl
    data = record.encode('utf-8')
    fd = os.open(cache_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX)
        try:
            size = os.fstat(fd).st_size
            if size > 0:
                # a run killed mid-write leaves a partial last line: end it so that ours is whole
                rd = os.open(cache_file, os.O_RDONLY)
                try:
                    os.lseek(rd, size - 1, 0)
                    if os.read(rd, 1) != b'\n':
                        data = b'\n' + data
                finally:
                    os.close(rd)
            os.write(fd, data)
        finally:
            fcntl.lockf(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def warm(kind, cache_file, list_file):
    parent = os.path.dirname(cache_file)
    if parent and not os.path.isdir(parent):
        try:
            os.makedirs(parent)
        except OSError:
            if not os.path.isdir(parent):
                raise
    known = _cached_shas(cache_file)
    computed = cached = 0
    for raw in open(list_file, 'rb'):
        path = raw.rstrip(b'\r\n')
        if not path:
            continue
        if PY3:
            path = path.decode('utf-8', 'surrogateescape')
        try:
            sha = hashlib.sha256(_read(path)).hexdigest()
        except Exception:
            continue
        if sha in known:
            cached += 1
            continue
        if kind == 'compile':
            r = compile_verdict(path)
            extra = u''
        else:
            r = dump_verdict(path, False)
            extra = u'\t' + r['dumpsha']
        record = u'%s\t%s\t%d\t%d\t%s%s\t.\n' % (_text(sha), r['ok'] and u'1' or u'0', r['line'],
                                             r['col'], _escape(r['msg']), extra)
        _append(cache_file, record)
        known.add(sha)
        computed += 1
    sys.stdout.write('%s %s: %d computed, %d already cached\n'
                     % (kind, os.path.basename(cache_file), computed, cached))


def main(argv):
    warnings.simplefilter('ignore')  # SyntaxWarning/DeprecationWarning must not reach stderr
    try:
        sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    except Exception:
        pass
    if len(argv) == 5 and argv[1] == '--warm' and argv[2] in ('compile', 'dumpsha'):
        warm(argv[2], argv[3], argv[4])
        return 0
    if len(argv) == 1:
        serve()
        return 0
    sys.stderr.write('usage: cpython_worker.py [--warm compile|dumpsha CACHE_FILE LIST_FILE]\n')
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
