# expect-min: 3.0
# expect-max: 3.8
# expect: PY302 base64.encodestring
import base64


def encode_attachment(data):
    return base64.encodestring(data).decode("ascii")


def decode_attachment(text):
    return base64.decodestring(text.encode("ascii"))


def roundtrip(data):
    return decode_attachment(encode_attachment(data)) == data
