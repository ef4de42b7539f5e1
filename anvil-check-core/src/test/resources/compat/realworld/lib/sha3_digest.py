# expect-min: 3.6
# expect: PY201 hashlib.sha3_256
import hashlib


def sha3(data):
    return hashlib.sha3_256(data).hexdigest()


def short(data, n=12):
    return sha3(data)[:n]


def verify(data, digest):
    return sha3(data) == digest
