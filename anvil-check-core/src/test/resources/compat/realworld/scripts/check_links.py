# expect-min: 3.3
# expect: PY202 urllib.request.Request(method=)
import re
import sys
import urllib.request
from urllib.error import URLError, HTTPError

LINK = re.compile(r'href="(https?://[^"]+)"')


def check(url):
    req = urllib.request.Request(url, method="HEAD")
    try:
        urllib.request.urlopen(req, timeout=8).close()
        return None
    except HTTPError as e:
        return e.code
    except URLError as e:
        return str(e.reason)


def main(html_file):
    text = open(html_file, encoding="utf-8").read()
    for url in sorted(set(LINK.findall(text))):
        problem = check(url)
        if problem:
            print(url, problem)


if __name__ == "__main__":
    main(sys.argv[1])
