async def wrapper():
    with a, b as c, d as (e, f):
        pass
    with (a, b):
        pass
    with (a as b):
        pass
    with (yield):
        pass
    with (a, b) as c:
        pass
    try:
        pass
    except (A, B) as e:
        pass
    except C:
        pass
    except:
        pass
    else:
        pass
    finally:
        pass
    try:
        pass
    finally:
        pass
    try:
        pass
    except* A:
        pass
    except* (B, C) as e:
        pass
