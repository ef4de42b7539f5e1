# expect-min: 3.0
# expect: none
from ._anvil_designer import RandomQuoteTemplate
from anvil import *
import random
import time

QUOTES = ["Simple is better than complex.", "Readability counts.", "Now is better than never."]


class RandomQuote(RandomQuoteTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        random.seed(time.time())
        self.next_quote()

    def next_quote(self, **event_args):
        self.label_quote.text = random.choice(QUOTES)
