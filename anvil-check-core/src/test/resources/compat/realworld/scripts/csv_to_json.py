# expect-min: 3.0
# expect: none
import csv
import json
import sys


def convert(src, dst):
    with open(src, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key, value in list(row.items()):
            if value.isdigit():
                row[key] = int(value)
            elif value == "":
                row[key] = None
    with open(dst, "w", encoding="utf-8") as out:
        json.dump(rows, out, indent=2, ensure_ascii=False)
    return len(rows)


if __name__ == "__main__":
    n = convert(sys.argv[1], sys.argv[2])
    sys.stderr.write("wrote %d records\n" % n)
