# expect-min: 3.0
# expect: none
import anvil.http
import json


def get_json(url):
    return anvil.http.request(url, json=True)


def post_json(url, payload):
    body = json.dumps(payload)
    return anvil.http.request(url, method="POST", data=body, headers={"Content-Type": "application/json"})


def quote(text):
    return anvil.http.url_encode(text)
