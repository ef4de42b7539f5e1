# expect-min: 3.8
# expect: PY101 walrus
import io
import unittest


def read_blocks(stream, size=4):
    blocks = []
    while (block := stream.read(size)):
        blocks.append(block)
    return blocks


class ReadBlocksTest(unittest.TestCase):
    def test_blocks(self):
        self.assertEqual(read_blocks(io.StringIO("abcdefghij")), ["abcd", "efgh", "ij"])

    def test_empty(self):
        self.assertEqual(read_blocks(io.StringIO("")), [])
