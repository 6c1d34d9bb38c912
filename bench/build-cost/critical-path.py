"""The critical path of a build, from the report `cargo build --timings` writes.

Walks back from the unit that finished last: a unit waited for whichever
unit unblocked it last (a dependency finishing, or its metadata being ready
when cargo could pipeline). Prints `name duration → …` from the first unit.
"""

import json
import sys

text = open(sys.argv[1], encoding="utf-8").read()
start = text.index("const UNIT_DATA = ") + len("const UNIT_DATA = ")
units, _ = json.JSONDecoder().raw_decode(text[start:])


def end(unit):
    return unit["start"] + unit["duration"]


def metadata_ready(unit):
    # The front end's end, when the report has sections; else the end.
    for name, span in unit.get("sections") or []:
        if name == "frontend":
            return unit["start"] + span["end"]
    return end(unit)


waited = {}
for unit in units:
    for i in unit["unblocked_units"]:
        waited.setdefault(i, []).append((end(unit), unit))
    for i in unit["unblocked_rmeta_units"]:
        waited.setdefault(i, []).append((metadata_ready(unit), unit))

unit = max(units, key=end)
path = [unit]
while unit["i"] in waited:
    unit = max(waited[unit["i"]], key=lambda pair: pair[0])[1]
    path.append(unit)


def label(unit):
    target = unit["target"].strip()
    name = unit["name"] + (f" ({target})" if target else "")
    return f"{name} {unit['duration']:.1f} s"


total = max(end(unit) for unit in units)
print(f"{total:.1f} s: " + " → ".join(label(unit) for unit in reversed(path)))
