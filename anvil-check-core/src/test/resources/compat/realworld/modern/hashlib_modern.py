# expect-min: 3.7
# expect: PY201 hashlib.blake2b
# (hashlib.scrypt is documented for 3.6 but exists there only when built against OpenSSL 1.1; the installed 3.6 lacks it, so 3.7 is the safe minimum)
import hashlib


def fingerprint(data, person=b"anvil-app"):
    return hashlib.blake2b(data, digest_size=16, person=person).hexdigest()


def sha3(data):
    return hashlib.sha3_256(data).hexdigest()


def scrypt_key(password, salt):
    return hashlib.scrypt(password, salt=salt, n=2 ** 14, r=8, p=1)
