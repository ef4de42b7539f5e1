# expect-min: 3.6
# expect: PY101 f-strings
#!/usr/bin/env python3
"""Delete log files older than N days."""
import argparse
import os
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--days", type=int, default=14)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    cutoff = time.time() - args.days * 86400
    removed = 0
    for entry in os.scandir(args.folder):
        if entry.is_file() and entry.name.endswith(".log") and entry.stat().st_mtime < cutoff:
            if not args.dry_run:
                os.remove(entry.path)
            removed += 1
    print(f"{'would remove' if args.dry_run else 'removed'} {removed} files")


if __name__ == "__main__":
    main()
