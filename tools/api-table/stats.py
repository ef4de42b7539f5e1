"""Print the counts of the generated API table as Markdown (used in docs/api-table.md).

    python tools/api-table/stats.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(os.path.dirname(os.path.dirname(HERE)),
                     "anvil-check-core/src/main/resources/dev/anvilcheck/compat/stdlib-api.tsv")
KINDS = ["module", "member", "method", "kwarg"]


def vkey(v):
    a, b = v.split(".")
    return int(a), int(b)


def main():
    rows = []
    with open(TABLE) as f:
        for line in f:
            if not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    by_kind = {k: 0 for k in KINDS}
    added, removed = {}, {}
    sources, platform, py2_only, undated = {}, 0, 0, 0
    for kind, _owner, _name, a, r, py2, plat, src in rows:
        by_kind[kind] += 1
        if a:
            added.setdefault(a, {k: 0 for k in KINDS})[kind] += 1
        if r:
            removed.setdefault(r, {k: 0 for k in KINDS})[kind] += 1
        sources[src] = sources.get(src, 0) + 1
        platform += plat == "yes"
        py2_only += r == "3.0"
        undated += src.startswith("introspection-undated")
    out = sys.stdout
    out.write("| kind | entries |\n|---|---:|\n")
    for k in KINDS:
        out.write("| %s | %d |\n" % (k, by_kind[k]))
    out.write("| **total** | **%d** |\n\n" % len(rows))
    out.write("Platform-dependent entries: %d. Python 2 names gone in 3.0: %d.\n\n" % (platform, py2_only))
    out.write("Dated 3.0 only as the earliest possible version (absent from 2.7, present from 3.6, no "
              "doc marker or What's New fact; source `introspection-undated`): %d.\n\n" % undated)
    out.write("| version | added: module | member | method | kwarg | removed: module | member | method | kwarg |\n")
    out.write("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    for v in sorted(set(added) | set(removed), key=vkey):
        a = added.get(v, {k: 0 for k in KINDS})
        r = removed.get(v, {k: 0 for k in KINDS})
        out.write("| %s | %s | %s |\n" % (v, " | ".join(str(a[k]) for k in KINDS),
                                          " | ".join(str(r[k]) for k in KINDS)))
    out.write("\n| source of the dates | entries |\n|---|---:|\n")
    for s in sorted(sources):
        out.write("| %s | %d |\n" % (s, sources[s]))


if __name__ == "__main__":
    main()
