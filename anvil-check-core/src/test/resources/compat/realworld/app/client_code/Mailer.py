# expect-min: 3.0
# expect: PY403 anvil.email
import anvil.email


def notify(address, text):
    anvil.email.send(to=address, subject="Notice", text=text)


def notify_many(addresses, text):
    for a in addresses:
        notify(a, text)
