from ._anvil_designer import HomeTemplate
from anvil import *
import anvil.secrets


class Home(HomeTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.key = anvil.secrets.get_secret("stripe_key")
