# expect-min: 3.6
# expect: PY101 f-strings
import json
import sys
import uuid

NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")


def new_id(old):
    return str(uuid.uuid5(NAMESPACE, str(old)))


def main(path):
    with open(path) as fh:
        records = json.load(fh)
    mapping = {}
    for rec in records:
        mapping[rec["id"]] = rec["id"] = new_id(rec["id"])
    with open(path + ".new", "w") as fh:
        json.dump(records, fh, indent=1)
    print(f"migrated {len(mapping)} ids")


if __name__ == "__main__":
    main(sys.argv[1])
