# expect-min: 3.2
# expect: none
# (zipfile.ZipFile works as a context manager from 3.2)
import sys
import zipfile


def describe(path):
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos)
    ratio = (1 - packed / float(total)) * 100 if total else 0
    return "%d files, %d bytes, %.0f%% saved" % (len(infos), total, ratio)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p + ": " + describe(p))
