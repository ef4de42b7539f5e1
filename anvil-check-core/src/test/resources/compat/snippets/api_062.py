from typing_extensions import Literal
