# expect-min: 3.0
# expect: none
from anvil.js.window import document

KEYMAP = {"n": "new_order", "s": "search", "?": "help"}
_handlers = {}


def on(action, fn):
    _handlers[action] = fn


def _keydown(event):
    if event.target.tagName in ("INPUT", "TEXTAREA"):
        return
    action = KEYMAP.get(event.key)
    if action and action in _handlers:
        event.preventDefault()
        _handlers[action]()


document.addEventListener("keydown", _keydown)
