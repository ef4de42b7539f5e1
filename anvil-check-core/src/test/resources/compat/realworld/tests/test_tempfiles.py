# expect-min: 3.2
# expect: PY201 tempfile.TemporaryDirectory
import os
import tempfile
import unittest


def write_lines(path, lines):
    with open(path, "w") as fh:
        fh.write("\n".join(lines))
    return os.path.getsize(path)


class WriteLinesTest(unittest.TestCase):
    def test_size(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "x.txt")
            self.assertEqual(write_lines(p, ["ab", "c"]), 4)

    def test_empty(self):
        with tempfile.NamedTemporaryFile("w", delete=False) as fh:
            name = fh.name
        try:
            self.assertEqual(write_lines(name, []), 0)
        finally:
            os.remove(name)
