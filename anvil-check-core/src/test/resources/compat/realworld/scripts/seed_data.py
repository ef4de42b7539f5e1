# expect-min: 3.6
# expect: PY201 random.choices
import json
import random

FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Ken"]
LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Thompson"]
PLANS = ["free", "pro", "team"]


def people(n, seed=42):
    rnd = random.Random(seed)
    for i in range(n):
        yield {
            "id": i + 1,
            "name": rnd.choice(FIRST) + " " + rnd.choice(LAST),
            "plan": random.choices(PLANS, weights=[70, 25, 5])[0],
        }


if __name__ == "__main__":
    print(json.dumps(list(people(20)), indent=2))
