# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 print-statement
# expect: PY302 sets
import sets


def unique_words(text):
    s = sets.Set()
    for w in text.split():
        s.add(w.lower())
    return s


if __name__ == "__main__":
    print len(unique_words("a b A c"))
