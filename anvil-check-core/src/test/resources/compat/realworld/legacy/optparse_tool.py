# expect-min: 3.0
# expect: none
import optparse
import sys


def main(argv=None):
    parser = optparse.OptionParser(usage="%prog [options] FILE")
    parser.add_option("-n", "--lines", type="int", default=10)
    parser.add_option("-q", "--quiet", action="store_true", default=False)
    opts, args = parser.parse_args(argv)
    if len(args) != 1:
        parser.error("one FILE expected")
    with open(args[0]) as fh:
        for i, line in enumerate(fh):
            if i >= opts.lines:
                break
            if not opts.quiet:
                sys.stdout.write(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
