#!/usr/bin/env python3
"""Check a stancegraph Cytoscape.js export (.cyjs) as Cytoscape loads it: plain JSON.

usage: check-cyjs.py EXPORT.cyjs EXPECTED.json

EXPECTED.json lists the nodes and edges with the attributes their `data` must hold, exactly:

    {"nodes": [{"id": "putin", "classes": "actor person", "data": {"label": {"type": "string", "value": "..."}}}],
     "edges": [{"id": "e1", "classes": "supports", "data": {...}}]}

Types: string, boolean, int, double (any JSON number), array (a JSON array equal to the value),
json (a string that parses as JSON to the value). Also checks the top-level layout
(`elements.nodes`, `elements.edges`, `style`), that ids are unique, that every edge's source
and target is a node, and that every class an element carries has a style rule. Prints one
line per problem and exits 1 if there are any.
"""
import json
import sys


def same(actual, spec):
    kind, value = spec["type"], spec["value"]
    if kind == "json":
        try:
            return isinstance(actual, str) and json.loads(actual) == value
        except ValueError:
            return False
    if kind == "double":
        return type(actual) in (int, float) and float(actual) == float(value)
    if kind == "array":
        return isinstance(actual, list) and actual == value
    return type(actual) is {"string": str, "boolean": bool, "int": int}[kind] and actual == value


def main(arguments):
    if len(arguments) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    with open(arguments[0], encoding="utf-8") as file:
        document = json.load(file)
    with open(arguments[1], encoding="utf-8") as file:
        expected = json.load(file)
    problems = []
    elements = document.get("elements", {})
    styled = set()
    for rule in document.get("style", []):
        for part in rule["selector"].split(","):
            if part.strip().startswith("."):
                styled.add(frozenset(part.strip()[1:].split(".")))
    for group in ("nodes", "edges"):
        actual = elements.get(group, [])
        if len(actual) != len(expected[group]):
            problems.append(f"{group}: {len(actual)}, expected {len(expected[group])}")
        ids = [element["data"].get("id") for element in actual]
        if len(set(ids)) != len(ids):
            problems.append(f"{group}: ids are not unique")
        by_id = {element["data"].get("id"): element for element in actual}
        for spec in expected[group]:
            element = by_id.get(spec["id"])
            where = f"{group[:-1]} {spec['id']}"
            if element is None:
                problems.append(f"{where}: missing")
                continue
            if element.get("classes") != spec["classes"]:
                problems.append(f"{where}: classes {element.get('classes')!r}, expected {spec['classes']!r}")
            classes = set(element.get("classes", "").split())
            if not any(rule and rule <= classes for rule in styled):
                problems.append(f"{where}: no style rule for its classes {sorted(classes)}")
            data = element["data"]
            for name, value_spec in spec["data"].items():
                if name not in data:
                    problems.append(f"{where}: no attribute {name!r} (expected {value_spec['value']!r})")
                elif not same(data[name], value_spec):
                    problems.append(f"{where}: {name!r} is {data[name]!r}, expected {value_spec['value']!r} ({value_spec['type']})")
            for name in data:
                if name not in spec["data"]:
                    problems.append(f"{where}: unexpected attribute {name!r} = {data[name]!r}")
    nodes = {element["data"]["id"] for element in elements.get("nodes", [])}
    for edge in elements.get("edges", []):
        for end in ("source", "target"):
            if edge["data"].get(end) not in nodes:
                problems.append(f"edge {edge['data'].get('id')}: {end} {edge['data'].get(end)!r} is not a node")
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{arguments[0]}: {len(nodes)} nodes and {len(elements.get('edges', []))} edges, every attribute as expected")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
