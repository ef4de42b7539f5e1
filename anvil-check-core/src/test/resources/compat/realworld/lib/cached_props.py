# expect-min: 3.8
# expect: PY201 functools.cached_property
from functools import cached_property
import re


class Document(object):
    def __init__(self, text):
        self.text = text

    @cached_property
    def words(self):
        return re.findall(r"\w+", self.text.lower())

    @cached_property
    def vocabulary(self):
        return set(self.words)

    def frequency(self, word):
        return self.words.count(word.lower()) / max(1, len(self.words))
