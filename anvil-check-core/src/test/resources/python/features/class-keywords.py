class C(Base, metaclass=Meta):
    pass
