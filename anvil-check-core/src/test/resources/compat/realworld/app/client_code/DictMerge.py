# expect-min: 3.9
DEFAULTS = {"page_size": 20, "sort": "date"}


def options(user_opts):
    return DEFAULTS | user_opts


def describe(opts):
    return ", ".join("{}={}".format(k, v) for k, v in sorted(opts.items()))
