# expect-min: 3.2
# expect: none
# (tarfile.open works as a context manager from 3.2)
import sys
import tarfile


def safe_extract(archive, dest):
    with tarfile.open(archive) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(dest, filter=tarfile.data_filter)
        else:
            for m in tar.getmembers():
                if m.name.startswith("/") or ".." in m.name.split("/"):
                    raise ValueError("unsafe path " + m.name)
            tar.extractall(dest)


if __name__ == "__main__":
    safe_extract(sys.argv[1], sys.argv[2])
