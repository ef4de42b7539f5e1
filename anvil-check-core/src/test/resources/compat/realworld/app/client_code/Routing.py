# expect-min: 3.0
# expect: none
from anvil import get_url_hash, set_url_hash

ROUTES = {}


def route(name):
    def deco(form_cls):
        ROUTES[name] = form_cls
        return form_cls
    return deco


def parse_hash():
    h = get_url_hash()
    if isinstance(h, dict):
        return h.get("page", ""), h
    return h or "", {}


def navigate(page, **params):
    params["page"] = page
    set_url_hash(params)
