# expect-min: 3.0
# expect: none
from ._anvil_designer import UserBadgeTemplate
from anvil import *
import anvil.users


class UserBadge(UserBadgeTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.update()

    def update(self):
        user = anvil.users.get_user()
        self.link_login.visible = user is None
        self.label_name.visible = user is not None
        if user:
            self.label_name.text = user["email"].split("@")[0]

    def link_login_click(self, **event_args):
        anvil.users.login_with_form()
        self.update()
