# expect-min: 3.7
# expect: PY202 subprocess.run(capture_output=)
import re
import subprocess
import sys

TYPES = {"feat": "Features", "fix": "Fixes", "docs": "Documentation"}


def commits(since):
    out = subprocess.run(["git", "log", "--format=%s", since + "..HEAD"], capture_output=True, text=True,
                         check=True).stdout
    return out.splitlines()


def main(since):
    sections = {}
    for subject in commits(since):
        m = re.match(r"(\w+)(\(.+\))?: (.*)", subject)
        if m and m.group(1) in TYPES:
            sections.setdefault(TYPES[m.group(1)], []).append(m.group(3))
    for title, items in sections.items():
        print("## " + title)
        for item in items:
            print("- " + item)


if __name__ == "__main__":
    main(sys.argv[1])
