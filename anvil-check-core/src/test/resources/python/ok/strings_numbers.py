a = 'esc\n\t\\\'\"\a\b\f\v\0\x41\101\u00e9\U0001F600\N{LATIN SMALL LETTER A}'
b = b'\x00\xff\\ \n'
c = r'\n\d' + R"\x" + Br'\q' + rb'\q'
d = U'unicode' + u"x"
e = 1_000 + 0x_FF + 0o17 + 0b1010 + 1.5e-10 + 2j + 3.J + .5 + 5. + 1E5 + 0
f = 99999999999999999999999999999999999999 + 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFF
g = 1e400 + 1e-400 + 0.1 + 1e16 + 1e15 + 0.0001 + 0.00001
h = 'line\
continued'
i = """triple 'quoted' "string" """
j = '\u00e9\u200b\x7f'
k = 1if x else 2
