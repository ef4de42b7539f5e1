# expect-min: 3.6
# expect: PY101 f-strings
import json
import urllib.request
from datetime import date

URL = "https://api.example.com/rates?base={base}&date={day}"


def fetch(base="EUR", day=None):
    day = day or date.today().isoformat()
    with urllib.request.urlopen(URL.format(base=base, day=day), timeout=10) as resp:
        return json.load(resp)


def main():
    rates = fetch()
    for code in ("USD", "GBP", "JPY"):
        print(f"EUR->{code}: {rates['rates'][code]:.4f}")


if __name__ == "__main__":
    main()
