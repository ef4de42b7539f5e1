# expect-min: 3.2
# expect: PY201 logging.config.dictConfig
import logging
import logging.config

CONFIG = {
    "version": 1,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def configure(debug=False):
    cfg = dict(CONFIG)
    if debug:
        cfg["root"] = {"handlers": ["console"], "level": "DEBUG"}
    logging.config.dictConfig(cfg)
