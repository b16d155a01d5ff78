#!/usr/bin/env python3
"""Check that networkx reads a stancegraph GEXF export with every value intact.

usage: check-gexf.py EXPORT.gexf EXPECTED.json

EXPECTED.json says what networkx must find:

    {"nodes": [{"id": "putin", "label": "...", "color": [86, 180, 233],
                "spells": [["2022-09-01", null]], "data": {"kind": {"type": "string", "value": "actor"}}}],
     "edges": [{"id": "e1", "source": "putin", "target": "ceasefire", "label": null, "weight": 1.8,
                "spells": [], "data": {...}}],
     "defaults": {"edge": {"confidence": 1.0}}}

Types are GEXF's: string, boolean, integer, double; or "json" for a list written as a JSON
array string, which must parse back to the value given. A node or edge must have exactly the
attributes listed, plus what networkx adds itself: a node's label, viz (colour) and spells; an
edge's id, weight, label (when it has one) and spells. networkx 3 reads a spell's missing
start or end as the string "None" (an open end), and does not read viz shapes (it looks for a
`shape` attribute where GEXF has `value`), so neither is checked here. Prints one line per
problem and exits 1 if there are any.
"""
import json
import sys

PYTHON_TYPES = {"string": str, "boolean": bool, "integer": int, "double": float}


def same(actual, spec):
    kind, value = spec["type"], spec["value"]
    if kind == "json":
        try:
            return isinstance(actual, str) and json.loads(actual) == value
        except ValueError:
            return False
    if kind == "double":
        return isinstance(actual, float) and actual == float(value)
    return type(actual) is PYTHON_TYPES[kind] and actual == value


def compare(where, actual, expected, problems, own):
    for name, spec in expected.items():
        if name not in actual:
            problems.append(f"{where}: no attribute {name!r} (expected {spec['value']!r})")
        elif not same(actual[name], spec):
            problems.append(f"{where}: {name!r} is {actual[name]!r} ({type(actual[name]).__name__}), "
                            f"expected {spec['value']!r} ({spec['type']})")
    for name, value in actual.items():
        if name not in expected and name not in own:
            problems.append(f"{where}: unexpected attribute {name!r} = {value!r}")


def spells(expected):
    return [(start or "None", end or "None") for start, end in expected]


def check(path, expected, problems):
    import networkx as nx

    graph = nx.read_gexf(path)
    if not graph.is_directed():
        problems.append("networkx: the graph is not directed")
    if graph.graph.get("mode") != "dynamic":
        problems.append(f"networkx: mode is {graph.graph.get('mode')!r}, expected 'dynamic'")
    for domain, defaults in expected.get("defaults", {}).items():
        actual = graph.graph.get(f"{domain}_default", {})
        for name, value in defaults.items():
            if actual.get(name) != value:
                problems.append(f"networkx: {domain} default of {name!r} is {actual.get(name)!r}, expected {value!r}")

    ids = [node["id"] for node in expected["nodes"]]
    if sorted(graph.nodes) != sorted(ids):
        problems.append(f"networkx: nodes {sorted(graph.nodes)} != {sorted(ids)}")
    for node in expected["nodes"]:
        if node["id"] not in graph.nodes:
            continue
        where, data = f"networkx node {node['id']}", graph.nodes[node["id"]]
        if data.get("label") != node["label"]:
            problems.append(f"{where}: label {data.get('label')!r}, expected {node['label']!r}")
        if data.get("spells", []) != spells(node["spells"]):
            problems.append(f"{where}: spells {data.get('spells')!r}, expected {spells(node['spells'])!r}")
        if "color" in node:
            color = data.get("viz", {}).get("color", {})
            if [color.get("r"), color.get("g"), color.get("b")] != node["color"]:
                problems.append(f"{where}: colour {color!r}, expected {node['color']!r}")
        compare(where, data, node["data"], problems, own=("label", "viz", "spells"))

    edges = {}
    multigraph = graph.is_multigraph()
    for item in (graph.edges(keys=True, data=True) if multigraph else graph.edges(data=True)):
        source, target, data = item[0], item[1], item[-1]
        edges[data.get("id")] = (source, target, data)
    expected_ids = sorted(edge["id"] for edge in expected["edges"])
    if sorted(edges) != expected_ids:
        problems.append(f"networkx: edge ids {sorted(edges)} != {expected_ids}")
    for edge in expected["edges"]:
        if edge["id"] not in edges:
            continue
        source, target, data = edges[edge["id"]]
        where = f"networkx edge {edge['id']}"
        if (source, target) != (edge["source"], edge["target"]):
            problems.append(f"{where}: {source} -> {target}, expected {edge['source']} -> {edge['target']}")
        if data.get("label") != edge.get("label"):
            problems.append(f"{where}: label {data.get('label')!r}, expected {edge.get('label')!r}")
        if abs(data.get("weight", -1) - edge["weight"]) > 1e-9:
            problems.append(f"{where}: weight {data.get('weight')!r}, expected {edge['weight']!r}")
        if data.get("spells", []) != spells(edge["spells"]):
            problems.append(f"{where}: spells {data.get('spells')!r}, expected {spells(edge['spells'])!r}")
        compare(where, data, edge["data"], problems, own=("id", "weight", "label", "spells"))


def main(arguments):
    if len(arguments) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    with open(arguments[1], encoding="utf-8") as file:
        expected = json.load(file)
    problems = []
    check(arguments[0], expected, problems)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{arguments[0]}: networkx read {len(expected['nodes'])} nodes and {len(expected['edges'])} edges as expected")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
