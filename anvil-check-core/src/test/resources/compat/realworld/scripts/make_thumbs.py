# expect-min: 3.5
# expect: PY201 pathlib
import sys
from pathlib import Path

try:
    from PIL import Image
except ImportError:
    sys.exit("pip install pillow")

SIZE = (256, 256)


def main(src, dst):
    out = Path(dst)
    out.mkdir(parents=True, exist_ok=True)
    for p in Path(src).glob("*.png"):
        with Image.open(p) as img:
            img.thumbnail(SIZE)
            img.save(out / p.name)


if __name__ == "__main__":
    main(*sys.argv[1:3])
