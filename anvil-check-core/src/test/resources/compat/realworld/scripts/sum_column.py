# expect-min: 3.0
# expect: none
import csv
import sys
from decimal import Decimal, InvalidOperation


def total(path, column):
    s = Decimal(0)
    bad = 0
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                s += Decimal(row[column].replace(",", ""))
            except (InvalidOperation, KeyError):
                bad += 1
    return s, bad


if __name__ == "__main__":
    value, bad = total(sys.argv[1], sys.argv[2])
    print(value, "(%d rows skipped)" % bad if bad else "")
