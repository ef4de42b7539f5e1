# expect-min: 3.0
# expect: none
import platform
import sys

try:
    import pkg_resources
except ImportError:
    pkg_resources = None


def main():
    print("python", sys.version.split()[0], "on", platform.system())
    if pkg_resources is None:
        return
    for dist in sorted(pkg_resources.working_set, key=lambda d: d.project_name.lower()):
        print("  %-30s %s" % (dist.project_name, dist.version))


if __name__ == "__main__":
    main()
