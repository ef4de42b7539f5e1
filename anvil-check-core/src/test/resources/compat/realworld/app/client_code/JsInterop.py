# expect-min: 3.0
# expect: none
import anvil.js
from anvil.js import window


def copy_to_clipboard(text):
    window.navigator.clipboard.writeText(text)


def local_get(key, default=None):
    value = window.localStorage.getItem(key)
    return default if value is None else value


def local_set(key, value):
    window.localStorage.setItem(key, str(value))


def scroll_top():
    window.scrollTo(0, 0)
