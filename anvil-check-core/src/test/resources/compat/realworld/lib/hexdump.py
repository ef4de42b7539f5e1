# expect-min: 3.5
# expect: PY201 bytes.hex
def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append("%08x  %-*s  %s" % (off, width * 3, hexpart, text))
    return "\n".join(lines)


def short_id(raw):
    return b"\x00\x01".hex() + raw[:4].hex()
