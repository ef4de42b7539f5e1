# expect-min: 3.8
# expect: PY201 shlex.join
import datetime
import shlex
import subprocess
import sys


def dump_command(db, out):
    return ["pg_dump", "--no-owner", "--format=custom", "--file", out, db]


def main():
    db = sys.argv[1]
    out = "{}-{:%Y%m%d-%H%M}.dump".format(db, datetime.datetime.now())
    cmd = dump_command(db, out)
    print("running:", shlex.join(cmd))
    result = subprocess.run(cmd)
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
