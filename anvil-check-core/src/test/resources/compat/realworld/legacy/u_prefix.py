# expect-min: 3.3
# expect: PY101 u-string-prefix
# -*- coding: utf-8 -*-
GREETINGS = {
    "en": u"Hello",
    "fr": u"Bonjour",
    "de": u"Hallo",
    "es": u"Hola",
}


def greet(lang, name):
    return u"%s, %s!" % (GREETINGS.get(lang, GREETINGS["en"]), name)
