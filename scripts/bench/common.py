"""Shared helpers for the reference benchmarks (networkx, igraph, CPython's parsers).

Every reference script prints one JSON object on stdout: what ran, on which file, the
timings in seconds (or microseconds where the name says so) and the peak RSS of the process.
"""

import importlib
import importlib.util
import json
import random
import contextlib
import resource
import signal
import subprocess
import sys
import time

# Python package -> module it provides.
PACKAGES = {"networkx": "networkx", "igraph": "igraph", "lxml": "lxml", "PyYAML": "yaml"}


def ensure(*packages):
    """Imports the packages, installing the missing ones from PyPI quietly first; raises
    ImportError when one is missing and there is no pip, CalledProcessError when pip fails."""
    missing = []
    for package in packages:
        try:
            importlib.import_module(PACKAGES.get(package, package))
        except ImportError:
            missing.append(package)
    if missing:
        if importlib.util.find_spec("pip") is None:
            raise ImportError("%s not installed, and no pip to install them" % ", ".join(missing))
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--root-user-action=ignore", *missing],
                       check=True, stdout=sys.stderr)
        importlib.invalidate_caches()
    return [importlib.import_module(PACKAGES.get(p, p)) for p in packages]


class Timer:
    """with Timer() as t: ...; t.seconds"""

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start


class OutOfTime(Exception):
    """Raised inside the code that `time_limit` guards when its time is up."""


@contextlib.contextmanager
def time_limit(seconds):
    """Interrupts the block (pure-Python code; C code when it returns) after `seconds`;
    no limit when `seconds` is None."""
    if seconds is None:
        yield
        return

    def expire(signum, frame):
        raise OutOfTime()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def peak_rss_bytes():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def report(**fields):
    fields["peak_rss_bytes"] = peak_rss_bytes()
    json.dump(fields, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


# Graph data ---------------------------------------------------------------------------------

NODE_ATTRIBUTES = ["kind", "label", "aliases", "description", "subtype", "side", "roles",
                   "title", "publisher", "published", "url", "file", "notes"]
EDGE_ATTRIBUTES = ["type", "confidence", "valid_from", "valid_until", "label", "notes", "provenance"]


def scalar(value):
    """GraphML keeps scalars: lists and records become compact JSON text."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def node_attributes(node):
    return {key: scalar(node[key]) for key in NODE_ATTRIBUTES if key in node}


def edge_attributes(edge):
    attributes = {"id": edge["id"]}
    for key in EDGE_ATTRIBUTES:
        if key in edge:
            attributes[key] = scalar(edge[key])
    return attributes


def resolve_targets(nodes, edges):
    """The node each edge ends at. A claim about a claim (an edge pointing at an edge) ends
    where the claim it is about ends, as in stancegraph's Graph.targetNodeIndex."""
    node_ids = {node["id"] for node in nodes}
    edge_index = {edge["id"]: i for i, edge in enumerate(edges)}
    resolved = [None] * len(edges)
    for i, edge in enumerate(edges):
        chain = []
        current = i
        while resolved[current] is None:
            target = edges[current]["to"]
            if target in node_ids:
                resolved[current] = target
                break
            chain.append(current)
            current = edge_index[target]
            if current in chain:  # a cycle of claims: end at the source of the last one
                resolved[current] = edges[current]["from"]
                break
        for j in chain:
            resolved[j] = resolved[current]
    return resolved


def load_json(path):
    with open(path, "rb") as handle:
        return json.load(handle)


def pairs(nodes, count, seed):
    """Deterministic random pairs of distinct non-source nodes (ids), for path queries."""
    rng = random.Random(seed)
    candidates = [node["id"] for node in nodes if node.get("kind") != "source"]
    result = []
    while len(result) < count and len(candidates) > 1:
        a, b = rng.choice(candidates), rng.choice(candidates)
        if a != b:
            result.append((a, b))
    return result


def write_pairs(path, pair_list):
    with open(path, "w", encoding="utf-8") as handle:
        for a, b in pair_list:
            handle.write("%s %s\n" % (a, b))


def summarise_us(samples_seconds, planned=None):
    """Per-query figures in microseconds; `planned` queries when a time budget cut them short."""
    samples = [s * 1e6 for s in samples_seconds]
    summary = {"queries": len(samples), "samples_us": samples}
    if planned is not None and planned > len(samples):
        summary.update(planned=planned, budget_exhausted=True)
    if samples:
        ordered = sorted(samples)
        middle = len(ordered) // 2
        median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
        summary.update(median_us=median, mean_us=sum(ordered) / len(ordered), max_us=ordered[-1],
                       total_s=sum(ordered) / 1e6)
    return summary
