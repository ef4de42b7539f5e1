# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 print-statement
import csv
import sys


def main(path):
    totals = {}
    for row in csv.reader(open(path, "rb")):
        totals[row[0]] = totals.get(row[0], 0) + int(row[1])
    for key in sorted(totals):
        print "%-20s %6d" % (key, totals[key])
    print >>sys.stderr, "done"


if __name__ == "__main__":
    main(sys.argv[1])
