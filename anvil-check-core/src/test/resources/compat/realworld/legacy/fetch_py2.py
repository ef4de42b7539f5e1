# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 except-comma-name
# expect: PY302 urllib2
import urllib2
import json


def fetch(url):
    try:
        resp = urllib2.urlopen(url, timeout=10)
        return json.loads(resp.read())
    except urllib2.HTTPError, e:
        if e.code == 404:
            return None
        raise


def fetch_all(urls):
    return dict((u, fetch(u)) for u in urls)
