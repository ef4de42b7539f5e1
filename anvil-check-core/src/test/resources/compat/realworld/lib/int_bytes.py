# expect-min: 3.2
# expect: PY201 int.from_bytes
import struct


def be_u32(data, offset=0):
    return int.from_bytes(data[offset:offset + 4], "big")


def le_u16(data, offset=0):
    return struct.unpack_from("<H", data, offset)[0]


def pack_u32(n):
    return n.to_bytes(4, "big")
