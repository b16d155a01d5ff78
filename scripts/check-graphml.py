#!/usr/bin/env python3
"""Check that networkx and igraph read a stancegraph GraphML export with every value intact.

usage: check-graphml.py EXPORT.graphml EXPECTED.json [--readers networkx,igraph]

EXPECTED.json says what each reader must find:

    {"graph": {"title": "..."},
     "nodes": [{"id": "putin", "data": {"label": {"type": "string", "value": "..."}, ...}}],
     "edges": [{"id": "e1", "source": "putin", "target": "ceasefire", "data": {...}}]}

Types are GraphML's: string, boolean, int, double; or "json" for a list written as a JSON
array string, which must parse back to the value given. "defaults" ({"edge": {"confidence":
1.0}}) are the <default>s of keys: networkx reports them in the graph's edge_default, igraph
fills them into every edge without a value. A node or edge must have exactly the
attributes listed (networkx), or have those values and the reader's "missing" value for the
others (igraph: "" for strings, NaN for numbers, False for booleans). Edges are found by id
(networkx keys) or by the order of the file and the `edge_id` attribute (igraph, whose own
edge `id` attribute is unreliable). Prints one line per problem and exits 1 if there are any.
"""
import json
import math
import sys

PYTHON_TYPES = {"string": str, "boolean": bool, "int": int, "double": float}


def same(actual, spec, numbers_as_float=False):
    kind, value = spec["type"], spec["value"]
    if kind == "json":
        try:
            return isinstance(actual, str) and json.loads(actual) == value
        except ValueError:
            return False
    if kind == "double" or (kind == "int" and numbers_as_float):
        return isinstance(actual, float) and actual == float(value)
    expected_type = PYTHON_TYPES[kind]
    return type(actual) is expected_type and actual == value


def missing(actual):
    return actual == "" or actual is False or (isinstance(actual, float) and math.isnan(actual))


def compare(where, actual, expected, problems, exact, numbers_as_float=False, ignore=()):
    for name, spec in expected.items():
        if name not in actual:
            problems.append(f"{where}: no attribute {name!r} (expected {spec['value']!r})")
        elif not same(actual[name], spec, numbers_as_float):
            problems.append(f"{where}: {name!r} is {actual[name]!r} ({type(actual[name]).__name__}), "
                            f"expected {spec['value']!r} ({spec['type']})")
    for name, value in actual.items():
        if name in expected or name in ignore:
            continue
        if exact or not missing(value):
            problems.append(f"{where}: unexpected attribute {name!r} = {value!r}")


def check_networkx(path, expected, problems):
    import networkx as nx

    graph = nx.read_graphml(path, force_multigraph=True)
    if not graph.is_directed():
        problems.append("networkx: the graph is not directed")
    compare("networkx graph", graph.graph, {k: {"type": "string", "value": v} for k, v in expected["graph"].items()},
            problems, exact=True, ignore=("node_default", "edge_default"))
    for domain, defaults in expected.get("defaults", {}).items():
        actual = graph.graph.get(f"{domain}_default", {})
        for name, value in defaults.items():
            if actual.get(name) != value:
                problems.append(f"networkx: {domain} default of {name!r} is {actual.get(name)!r}, expected {value!r}")
    ids = [node["id"] for node in expected["nodes"]]
    if sorted(graph.nodes) != sorted(ids):
        problems.append(f"networkx: nodes {sorted(graph.nodes)} != {sorted(ids)}")
    for node in expected["nodes"]:
        if node["id"] in graph.nodes:
            compare(f"networkx node {node['id']}", graph.nodes[node["id"]], node["data"], problems, exact=True)
    edges = {key: (source, target, data) for source, target, key, data in graph.edges(keys=True, data=True)}
    if sorted(edges) != sorted(edge["id"] for edge in expected["edges"]):
        problems.append(f"networkx: edge ids {sorted(edges)} != {sorted(edge['id'] for edge in expected['edges'])}")
    for edge in expected["edges"]:
        if edge["id"] not in edges:
            continue
        source, target, data = edges[edge["id"]]
        if (source, target) != (edge["source"], edge["target"]):
            problems.append(f"networkx edge {edge['id']}: {source} -> {target}, expected {edge['source']} -> {edge['target']}")
        compare(f"networkx edge {edge['id']}", data, edge["data"], problems, exact=True)


def check_igraph(path, expected, problems):
    import igraph

    graph = igraph.Graph.Read_GraphML(path)
    if not graph.is_directed():
        problems.append("igraph: the graph is not directed")
    for name, value in expected["graph"].items():
        if graph[name] != value:
            problems.append(f"igraph graph: {name!r} is {graph[name]!r}, expected {value!r}")
    ids = graph.vs["id"] if graph.vcount() else []
    if ids != [node["id"] for node in expected["nodes"]]:
        problems.append(f"igraph: vertices {ids} != {[node['id'] for node in expected['nodes']]}")
        return
    for vertex, node in zip(graph.vs, expected["nodes"]):
        compare(f"igraph node {node['id']}", vertex.attributes(), node["data"], problems,
                exact=False, numbers_as_float=True, ignore=("id",))
    if graph.ecount() != len(expected["edges"]):
        problems.append(f"igraph: {graph.ecount()} edges, expected {len(expected['edges'])}")
        return
    edge_defaults = expected.get("defaults", {}).get("edge", {})
    for edge, spec in zip(graph.es, expected["edges"]):
        where = f"igraph edge {spec['id']}"
        spec = dict(spec, data=dict(spec["data"]))
        for name, value in edge_defaults.items():
            spec["data"].setdefault(name, {"type": "double", "value": value})
        ends = (graph.vs[edge.source]["id"], graph.vs[edge.target]["id"])
        if ends != (spec["source"], spec["target"]):
            problems.append(f"{where}: {ends[0]} -> {ends[1]}, expected {spec['source']} -> {spec['target']}")
        compare(where, edge.attributes(), spec["data"], problems, exact=False, numbers_as_float=True, ignore=("id",))


def main(arguments):
    if len(arguments) not in (2, 4) or (len(arguments) == 4 and arguments[2] != "--readers"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    path, expected_path = arguments[0], arguments[1]
    readers = arguments[3].split(",") if len(arguments) == 4 else ["networkx", "igraph"]
    with open(expected_path, encoding="utf-8") as file:
        expected = json.load(file)
    problems = []
    for reader in readers:
        {"networkx": check_networkx, "igraph": check_igraph}[reader](path, expected, problems)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{path}: {', '.join(readers)} read {len(expected['nodes'])} nodes and {len(expected['edges'])} edges as expected")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
