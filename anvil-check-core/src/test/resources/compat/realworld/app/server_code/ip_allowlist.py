# expect-min: 3.3
# expect: PY201 ipaddress
import ipaddress
import anvil.server

ALLOWED = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "192.168.0.0/16")]


def allowed(addr):
    ip = ipaddress.ip_address(addr)
    return any(ip in net for net in ALLOWED)


@anvil.server.http_endpoint("/internal/ping")
def ping(**kw):
    if not allowed(anvil.server.request.remote_address):
        return anvil.server.HttpResponse(403)
    return "pong"
