# expect-min: 3.0
# expect: none
import json
import urllib.request
import urllib.parse
import urllib.error

API_ROOT = "https://api.example.com/v2/"


def get_json(path, **query):
    url = API_ROOT + path
    if query:
        url += "?" + urllib.parse.urlencode(query)
    req = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return None
        raise
