"""Validates JSON documents against the catalog schema with the jsonschema
package's draft-07 validator, and each example the schema gives against
the schema it is given in.

Usage: validate.py SCHEMA DOCUMENT...
Prints one line per document: its path, a tab, then `valid` or
`invalid` and a tab and the first error. Then one `example` line per
example that its own schema rejects. Exits 0 when it could run.
"""

import json
import sys

import jsonschema


def examples(node, where):
    """(where, schema, example) for every `examples` entry in the schema."""
    if isinstance(node, dict):
        if "examples" in node:
            rule = {k: v for k, v in node.items() if k != "examples"}
            for example in node["examples"]:
                yield where, rule, example
        for key, value in node.items():
            if key != "examples":
                yield from examples(value, where + "/" + key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from examples(value, where + "/" + str(i))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        if errors:
            first = errors[0]
            place = "/".join(str(p) for p in first.path)
            print(f"{path}\tinvalid\t/{place}: {first.message}")
        else:
            print(f"{path}\tvalid")
    for where, rule, example in examples(schema, ""):
        errors = list(jsonschema.Draft7Validator(rule).iter_errors(example))
        if errors:
            print(f"example\t{where}\t{errors[0].message}")


main()
