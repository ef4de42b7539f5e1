# expect-min: 3.5
# expect-max: 3.12
# expect: PY302 pipes
# expect: PY201 subprocess.run
import datetime
import pipes
import subprocess
import sys


def main():
    db = sys.argv[1]
    out = "{}-{:%Y%m%d}.dump".format(db, datetime.date.today())
    cmd = ["pg_dump", "--file", out, db]
    print("running:", " ".join(pipes.quote(c) for c in cmd))
    sys.exit(subprocess.run(cmd).returncode)


if __name__ == "__main__":
    main()
