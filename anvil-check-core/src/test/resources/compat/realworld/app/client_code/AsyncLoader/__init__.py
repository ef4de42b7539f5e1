# expect-min: 3.5
# expect: PY101 async-await
# expect: PY401 async-await
from ._anvil_designer import AsyncLoaderTemplate
from anvil import *
import anvil.server


class AsyncLoader(AsyncLoaderTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    async def load(self):
        data = await anvil.server.call_async("slow_report")
        self.label_result.text = str(data)
