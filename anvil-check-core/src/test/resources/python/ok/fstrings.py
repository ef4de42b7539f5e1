name = "x"
a = f"hello {name}!"
b = f"{name!r:>10}"
c = f"{name=}"
d = f"{name = !s:^{width}}"
e = f'{"nested"}' f"{x:{y}.{z}}"
f = f"{{literal}} {{}}"
g = rf"\d{name}\n"
h = f"""multi
{name}
line"""
i = f"{a['key']}" "tail"
j = f"{'a' if x else 'b'}"
k = f"{x:%Y-%m-%d}"
l = f"{3.14:.2f} {x!a}"
m = F"{x}", Rb'raw'
n = f"{f'{x}'}"
o = f"{ x }"
p = f"\N{BULLET} {x}"
