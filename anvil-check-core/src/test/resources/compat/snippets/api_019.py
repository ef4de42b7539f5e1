import collections.abc
collections.abc.Mapping
