# expect-min: 3.0
# expect: PY402 hashlib
from ._anvil_designer import UploaderTemplate
from anvil import *
import anvil.server
import hashlib


class Uploader(UploaderTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def file_loader_change(self, file, **event_args):
        digest = hashlib.md5(file.get_bytes()).hexdigest()
        anvil.server.call("store_upload", file)
        self.label_status.text = "Uploaded " + file.name + " (" + digest[:8] + ")"
