# expect-min: 3.0
# expect: none
import re
import sys
from collections import defaultdict

WORD = re.compile(r"[A-Za-z']+")


def count(stream):
    counts = defaultdict(int)
    for line in stream:
        for w in WORD.findall(line):
            counts[w.lower()] += 1
    return counts


def main():
    counts = count(sys.stdin)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    width = max(len(w) for w, _ in top) if top else 0
    for word, n in top:
        print(word.ljust(width), n)


if __name__ == "__main__":
    main()
