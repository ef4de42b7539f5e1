# expect-min: 3.6
# expect: PY201 enum.auto
import enum


class Plan(str, enum.Enum):
    FREE = "free"
    PRO = "pro"

    def __str__(self):
        return self.value


class Flag(enum.IntFlag):
    READ = enum.auto()
    WRITE = enum.auto()
