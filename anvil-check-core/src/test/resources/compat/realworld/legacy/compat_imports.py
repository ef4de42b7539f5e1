# expect-min: 3.0
# expect: none
try:
    from urllib.parse import urlparse, urlencode
    from urllib.request import urlopen
except ImportError:
    from urlparse import urlparse
    from urllib import urlencode
    from urllib2 import urlopen

try:
    import cPickle as pickle
except ImportError:
    import pickle

try:
    from StringIO import StringIO
except ImportError:
    from io import StringIO


def host_of(url):
    return urlparse(url).netloc
