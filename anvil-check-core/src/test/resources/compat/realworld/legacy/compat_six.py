# expect-min: 3.0
# expect: none
from __future__ import absolute_import, division, print_function

import six
from six.moves import urllib


def fetch(url):
    return urllib.request.urlopen(url).read()


def to_text(value):
    if isinstance(value, six.binary_type):
        return value.decode("utf-8")
    return six.text_type(value)


def iter_pairs(d):
    for k, v in six.iteritems(d):
        print(k, v)
