# expect-min: 3.4
# expect: PY201 pathlib
from pathlib import Path
from datetime import datetime
import sys


def new_name(path):
    stamp = datetime.fromtimestamp(path.stat().st_mtime)
    return stamp.strftime("%Y-%m-%d_%H%M%S") + path.suffix.lower()


def main(folder):
    for p in sorted(Path(folder).glob("*.jpg")):
        target = p.with_name(new_name(p))
        if target.exists():
            print("skip", p.name)
            continue
        p.rename(target)
        print(p.name, "->", target.name)


if __name__ == "__main__":
    main(sys.argv[1])
