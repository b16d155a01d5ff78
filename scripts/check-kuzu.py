#!/usr/bin/env python3
"""Load a `stancegraph export --format kuzu` folder into a new Kùzu database and check it.

usage: check-kuzu.py FOLDER GRAPH.json (--stancegraph BIN [--pairs all | --pairs N --seed S] [--jobs J]
                                        | --expected LENGTHS.json) [--statements FILE]

GRAPH.json is the same graph written by `stancegraph export --format json`. The check:

  1. runs FOLDER/schema.cypher and FOLDER/load.cypher as they are, from inside FOLDER, in a
     database in a temporary folder (the way docs/scaling.md tells a reader to);
  2. counts: the Node table holds every node of the graph and one claim node per edge that an
     edge points at; the Edge table holds every edge; ClaimStep two steps per claim node;
  3. values: each node's kind, label, description, notes, aliases and labels, and each edge's
     ends, type, label, notes, confidence, provenance count and sources, as the JSON has them
     (an empty string reads back as a missing value in Kùzu);
  4. paths: for every pair of actors (`--pairs all`) or N pairs drawn with a seeded random
     generator, the length of Kùzu's shortest path, `MATCH p = (a)-[* SHORTEST 1..30]-(b)`,
     equals the hops of `stancegraph path A B --through-sources --rank hops --format json -g
     GRAPH.json` (no path in one means no path in the other); or, with --expected, equals
     the lengths that file gives, `[{"from": ID, "to": ID, "hops": N or null}, ...]`, worked out
     by the code the path command runs (the test suite does so to load a large graph once, not
     once per pair);
  5. with --statements, runs each statement of FILE (`;`-separated, as docs/scaling.md shows
     them) against the loaded database, which must accept every one.

Prints one line per problem and exits 1 if there are any; prints a summary with timings on
standard error either way.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import kuzu

MAX_HOPS = 30


def run_file(connection, path):
    with open(path, encoding="utf-8") as handle:
        results = connection.execute(handle.read())
    return results if isinstance(results, list) else [results]


def scalar(connection, query, parameters=None):
    result = connection.execute(query, parameters or {})
    return result.get_next()[0]


def rows(connection, query):
    result = connection.execute(query)
    while result.has_next():
        yield result.get_next()


def present(value):
    """Kùzu reads an empty field as a missing value."""
    return None if value in ("", None) else value


def sources_of(edge):
    seen = []
    for record in edge.get("provenance", []):
        if record["source"] not in seen:
            seen.append(record["source"])
    return seen


def check_counts(connection, graph, claimed, problems):
    expected = {
        "graph nodes": ("MATCH (n:Node) WHERE n.kind <> 'claim' RETURN count(*)", len(graph["nodes"])),
        "claim nodes": ("MATCH (n:Node) WHERE n.kind = 'claim' RETURN count(*)", len(claimed)),
        "edges": ("MATCH ()-[e:Edge]->() RETURN count(*)", len(graph["edges"])),
        "claim steps": ("MATCH ()-[s:ClaimStep]->() RETURN count(*)", 2 * len(claimed)),
    }
    counts = {}
    for what, (query, want) in expected.items():
        counts[what] = scalar(connection, query)
        if counts[what] != want:
            problems.append(f"{what}: Kùzu has {counts[what]}, the graph {want}")
    return counts


def check_values(connection, graph, claimed, problems):
    nodes = {row[0]: row for row in rows(connection, "MATCH (n:Node) RETURN n.id, n.kind, n.label, n.description, "
                                                     "n.notes, n.aliases, n.labels")}
    for node in graph["nodes"]:
        row = nodes.get(node["id"])
        if row is None:
            problems.append(f"node {node['id']}: not in Kùzu")
            continue
        want = [node["id"], node["kind"], present(node.get("label")), present(node.get("description")),
                present(node.get("notes"))]
        if list(row[:5]) != want:
            problems.append(f"node {node['id']}: Kùzu has {list(row[:5])!r}, expected {want!r}")
        aliases = json.loads(row[5]) if row[5] is not None else []
        if aliases != node.get("aliases", []):
            problems.append(f"node {node['id']}: aliases {aliases!r}, expected {node.get('aliases', [])!r}")
        if not row[6] or row[6][0].lower() != node["kind"]:
            problems.append(f"node {node['id']}: labels {row[6]!r} do not start with its kind {node['kind']}")
    for edge_id in claimed:
        row = nodes.get(edge_id)
        if row is None or row[1] != "claim" or row[6] != ["Claim"]:
            problems.append(f"claim node {edge_id}: Kùzu has {row!r}")
    edges = {row[0]: row for row in rows(connection, "MATCH (a:Node)-[e:Edge]->(b:Node) RETURN e.id, a.id, b.id, e.type, "
                                                     "e.label, e.notes, e.confidence, e.provenance_count, e.sources")}
    for edge in graph["edges"]:
        row = edges.get(edge["id"])
        if row is None:
            problems.append(f"edge {edge['id']}: not in Kùzu")
            continue
        want = [edge["id"], edge["from"], edge["to"], edge["type"], present(edge.get("label")), present(edge.get("notes")),
                edge.get("confidence"), len(edge.get("provenance", [])), sources_of(edge)]
        if list(row) != want:
            problems.append(f"edge {edge['id']}: Kùzu has {list(row)!r}, expected {want!r}")


def pairs_to_check(graph, how, seed):
    actors = sorted(node["id"] for node in graph["nodes"] if node["kind"] == "actor")
    every = [(a, b) for index, a in enumerate(actors) for b in actors[index + 1:]]
    if how == "all":
        return every
    generator = random.Random(seed)
    return sorted(generator.sample(every, min(int(how), len(every))))


def kuzu_length(connection, a, b):
    result = connection.execute(
        f"MATCH p = (a:Node {{id: $a}})-[* SHORTEST 1..{MAX_HOPS}]-(b:Node {{id: $b}}) RETURN length(p)", {"a": a, "b": b})
    return result.get_next()[0] if result.has_next() else None


def stancegraph_length(binary, graph_file, a, b):
    done = subprocess.run([binary, "path", a, b, "--through-sources", "--rank", "hops", "--format", "json", "-g", graph_file],
                          capture_output=True, text=True)
    if done.returncode == 1:
        return None
    if done.returncode != 0:
        raise RuntimeError(f"stancegraph path {a} {b} exited {done.returncode}: {done.stderr.strip()}")
    return json.loads(done.stdout)["paths"][0]["hops"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder")
    parser.add_argument("graph")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--stancegraph", help="the stancegraph executable, run once per pair")
    source.add_argument("--expected", help="a JSON file of the pairs and the hops stancegraph finds")
    parser.add_argument("--pairs", default="all", help="all, or how many actor pairs to draw")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--statements", help="a file of further Cypher statements the database must accept")
    parser.add_argument("--jobs", type=int, default=2, help="stancegraph path processes at once")
    options = parser.parse_args()

    graph_file = os.path.abspath(options.graph)
    with open(graph_file, encoding="utf-8") as handle:
        graph = json.load(handle)
    edge_ids = {edge["id"] for edge in graph["edges"]}
    claimed = sorted({edge["to"] for edge in graph["edges"] if edge["to"] in edge_ids})
    problems = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="check-kuzu-") as scratch:
        database = kuzu.Database(os.path.join(scratch, "graph.kuzu"))
        connection = kuzu.Connection(database)
        here = os.getcwd()
        os.chdir(options.folder)
        try:
            run_file(connection, "schema.cypher")
            run_file(connection, "load.cypher")
        finally:
            os.chdir(here)
        loaded = time.monotonic()
        counts = check_counts(connection, graph, claimed, problems)
        check_values(connection, graph, claimed, problems)
        if options.statements:
            with open(options.statements, encoding="utf-8") as handle:
                statements = [part.strip() for part in handle.read().split(";") if part.strip()]
            for statement in statements:
                try:
                    list(rows(connection, statement))
                except RuntimeError as error:
                    problems.append(f"Kùzu refuses a statement: {statement!r}: {error}")

        checked = time.monotonic()
        if options.expected:
            with open(options.expected, encoding="utf-8") as handle:
                expected = json.load(handle)
            pairs = [(entry["from"], entry["to"]) for entry in expected]
        else:
            pairs = pairs_to_check(graph, options.pairs, options.seed)
        in_kuzu = [kuzu_length(connection, a, b) for a, b in pairs]
        queried = time.monotonic()
        if options.expected:
            in_stancegraph = [entry["hops"] for entry in expected]
        else:
            with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
                in_stancegraph = list(pool.map(lambda pair: stancegraph_length(options.stancegraph, graph_file, *pair), pairs))
        finished = time.monotonic()
    for (a, b), theirs, ours in zip(pairs, in_kuzu, in_stancegraph):
        if theirs != ours:
            problems.append(f"path {a} {b}: Kùzu's shortest path has {theirs} hops, stancegraph's {ours}")
    connected = sum(length is not None for length in in_kuzu)
    print(f"kuzu {kuzu.__version__}: {counts['graph nodes']} nodes + {counts['claim nodes']} claim nodes, {counts['edges']} edges "
          f"+ {counts['claim steps']} claim steps; {len(pairs)} pairs ({connected} connected), "
          f"longest {max((length for length in in_kuzu if length is not None), default=0)} hops; "
          f"load {loaded - started:.1f} s, counts and values {checked - loaded:.1f} s, Kùzu paths {queried - checked:.1f} s, "
          f"stancegraph paths {finished - queried:.1f} s",
          file=sys.stderr)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
