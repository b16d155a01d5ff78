#!/usr/bin/env python3
"""CPython merely parsing a graph file: the baseline for stancegraph's load + validate.

    parse_baseline.py --parser json FILE.json   # json.load
    parse_baseline.py --parser yaml FILE.yaml   # PyYAML's C loader: yaml.load(f, Loader=yaml.CSafeLoader)

Prints one JSON object: the parse time and the peak RSS of the process. Nothing is
checked or built: this is the floor a loader that also validates is compared with.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parser", required=True, choices=["json", "yaml"])
    parser.add_argument("file")
    args = parser.parse_args()
    if args.parser == "json":
        import json
        name, version = "json.load", sys.version.split()[0]
        with common.Timer() as t:
            with open(args.file, "rb") as handle:
                document = json.load(handle)
    else:
        (yaml,) = common.ensure("PyYAML")
        if not getattr(yaml, "__with_libyaml__", False):
            sys.exit("PyYAML here has no libyaml: CSafeLoader is missing (install libyaml-dev, reinstall PyYAML)")
        name, version = "yaml.load(CSafeLoader)", yaml.__version__
        with common.Timer() as t:
            with open(args.file, "rb") as handle:
                document = yaml.load(handle, Loader=yaml.CSafeLoader)
    common.report(parser=name, version=version, file=args.file, edges=len(document.get("edges") or []),
                  timings={"parse_s": t.seconds})
    return 0


if __name__ == "__main__":
    sys.exit(main())
