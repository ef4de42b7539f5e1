# expect-min: 3.2
# expect: PY201 email.message_from_bytes
import email
import email.utils
from email.header import decode_header, make_header
import anvil.server


@anvil.server.callable
def parse_raw(raw_bytes):
    msg = email.message_from_bytes(raw_bytes)
    subject = str(make_header(decode_header(msg.get("Subject", ""))))
    name, addr = email.utils.parseaddr(msg.get("From", ""))
    body = ""
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            body = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
            break
    return {"subject": subject, "from": addr, "name": name, "body": body}
