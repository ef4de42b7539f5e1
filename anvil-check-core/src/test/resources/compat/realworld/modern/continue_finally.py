# expect-min: 3.8
# expect: PY101 continue-in-finally
import logging

log = logging.getLogger(__name__)


def process_all(jobs):
    done = 0
    for job in jobs:
        try:
            job()
            done += 1
        finally:
            log.debug("job finished")
            continue
    return done
