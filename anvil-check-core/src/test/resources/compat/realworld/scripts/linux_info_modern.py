# expect-min: 3.10
# expect: PY201 platform.freedesktop_os_release
import platform


def describe():
    try:
        info = platform.freedesktop_os_release()
    except OSError:
        return platform.platform()
    return info.get("PRETTY_NAME", info.get("NAME", "linux"))


if __name__ == "__main__":
    print(describe())
