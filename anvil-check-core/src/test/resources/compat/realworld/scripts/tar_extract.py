# expect-min: 3.12
# expect: PY201 tarfile.data_filter
import sys
import tarfile


def safe_extract(archive, dest):
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter=tarfile.data_filter)
        return len(tar.getmembers())


if __name__ == "__main__":
    n = safe_extract(sys.argv[1], sys.argv[2])
    print("extracted", n, "members")
