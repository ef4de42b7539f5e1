# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 raise-comma
class ConfigError(Exception):
    pass


def require(cfg, key):
    if key not in cfg:
        raise ConfigError, "missing key: %s" % key
    return cfg[key]


def port(cfg):
    value = require(cfg, "port")
    if not str(value).isdigit():
        raise ValueError, "port must be a number"
    return int(value)
