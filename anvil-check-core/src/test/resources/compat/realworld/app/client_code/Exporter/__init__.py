# expect-min: 3.0
# expect: PY402 base64
# expect: PY402 io
from ._anvil_designer import ExporterTemplate
from anvil import *
import anvil.server
import base64
import io


class Exporter(ExporterTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def button_export_click(self, **event_args):
        buf = io.StringIO()
        for row in anvil.server.call("export_rows"):
            buf.write(",".join(str(c) for c in row) + "\n")
        encoded = base64.b64encode(buf.getvalue().encode()).decode()
        download(BlobMedia("text/csv", base64.b64decode(encoded), name="export.csv"))
