# expect-min: 3.3
# expect: PY201 unittest.mock
import unittest
from unittest import mock

import json


def load_config(path):
    with open(path) as fh:
        return json.load(fh)


class LoadConfigTest(unittest.TestCase):
    def test_reads_json(self):
        m = mock.mock_open(read_data='{"a": 1}')
        with mock.patch("builtins.open", m):
            self.assertEqual(load_config("x.json"), {"a": 1})
        m.assert_called_once_with("x.json")

    @mock.patch("json.load", side_effect=ValueError("bad"))
    def test_bad_json(self, _load):
        with mock.patch("builtins.open", mock.mock_open(read_data="")):
            with self.assertRaises(ValueError):
                load_config("x.json")
