# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 old-octal-literal
import os
import stat

DEFAULT_MODE = 0644
DIR_MODE = 0755


def fix_perms(root):
    for dirpath, dirnames, filenames in os.walk(root):
        os.chmod(dirpath, DIR_MODE)
        for name in filenames:
            path = os.path.join(dirpath, name)
            if not os.stat(path).st_mode & stat.S_IXUSR:
                os.chmod(path, DEFAULT_MODE)
