# expect-min: 3.0
# expect: PY402 csv
from ._anvil_designer import CsvPreviewTemplate
from anvil import *
import csv


class CsvPreview(CsvPreviewTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def file_loader_change(self, file, **event_args):
        text = file.get_bytes().decode("utf-8")
        rows = list(csv.reader(text.splitlines()))
        self.label_count.text = str(len(rows) - 1) + " rows"
        self.repeating_panel.items = [dict(zip(rows[0], r)) for r in rows[1:6]]
