# expect-min: 3.0
# expect-max: 3.12
# expect: PY302 telnetlib
import telnetlib


def banner(host, port=23, timeout=5):
    tn = telnetlib.Telnet(host, port, timeout)
    try:
        return tn.read_until(b"login:", timeout).decode("latin-1")
    finally:
        tn.close()


def is_open(host):
    try:
        banner(host)
        return True
    except OSError:
        return False
