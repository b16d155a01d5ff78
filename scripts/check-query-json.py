#!/usr/bin/env python3
"""Validate a query answer against docs/query-output.schema.json.

usage: check-query-json.py COMMAND ANSWER.json

COMMAND names the definition (#/$defs/COMMAND): path, stances, who, neighbors, contradictions,
timeline, find, sources or stats. Prints each problem with its place in the answer; exits 1 on
any, 0 when the answer is valid.
"""
import json
import os
import sys

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(arguments):
    if len(arguments) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    command, path = arguments
    with open(os.path.join(ROOT, "docs", "query-output.schema.json"), encoding="utf-8") as file:
        schema = json.load(file)
    if command not in schema["$defs"]:
        print(f"no definition for {command!r} in the schema", file=sys.stderr)
        return 64
    with open(path, encoding="utf-8") as file:
        answer = json.load(file)
    validator = jsonschema.Draft202012Validator({"$ref": f"#/$defs/{command}", "$defs": schema["$defs"]})
    problems = sorted(validator.iter_errors(answer), key=lambda error: list(error.absolute_path))
    for problem in problems[:20]:
        place = "/".join(str(part) for part in problem.absolute_path) or "(top)"
        print(f"{command}: {place}: {problem.message[:300]}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
