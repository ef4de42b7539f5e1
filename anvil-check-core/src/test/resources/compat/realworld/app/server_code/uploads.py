# expect-min: 3.0
# expect: none
import anvil.server
import anvil.media
import hashlib
import mimetypes
from anvil.tables import app_tables

ALLOWED = {"image/png", "image/jpeg", "application/pdf"}


@anvil.server.callable
def store_upload(media):
    ctype = media.content_type or mimetypes.guess_type(media.name or "")[0]
    if ctype not in ALLOWED:
        raise ValueError("file type not allowed")
    data = media.get_bytes()
    digest = hashlib.sha256(data).hexdigest()
    existing = app_tables.files.get(sha256=digest)
    if existing:
        return existing
    return app_tables.files.add_row(sha256=digest, name=media.name, file=media)
