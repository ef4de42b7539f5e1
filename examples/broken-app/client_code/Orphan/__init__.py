from ._anvil_designer import OrphanTemplate


class Orphan(OrphanTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
