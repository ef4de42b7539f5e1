# expect-min: 3.0
# expect-max: 3.12
# expect: PY302 imghdr
import imghdr
import os


def image_types(folder):
    found = {}
    for name in os.listdir(folder):
        kind = imghdr.what(os.path.join(folder, name))
        if kind:
            found.setdefault(kind, []).append(name)
    return found


def is_png(path):
    return imghdr.what(path) == "png"
