#!/usr/bin/env python3
"""Reads a standpunkt export with networkx and prints what networkx sees, as JSON.

    nx_read.py json|graphml|gexf FILE

Output: {"reader", "directed", "multigraph", "graph": {name: typed}, "nodes": {id: {name:
typed}}, "edges": [{"source", "target", "key", "data": {name: typed}}]}, where typed is
{"type": "int"|"float"|"bool"|"str"|"list"|"dict"|"none", "value": …}: the Python type
networkx gave the value, so the Rust test can compare types as well as values.
Exits with 3 when networkx is missing.
"""
import json
import sys


def typed(value):
    if value is None:
        kind = "none"
    elif isinstance(value, bool):
        kind = "bool"
    elif isinstance(value, int):
        kind = "int"
    elif isinstance(value, float):
        kind = "float"
    elif isinstance(value, str):
        kind = "str"
    elif isinstance(value, (list, tuple)):
        kind = "list"
        value = [list(v) if isinstance(v, tuple) else v for v in value]
    elif isinstance(value, dict):
        kind = "dict"
    else:
        kind = type(value).__name__
        value = repr(value)
    return {"type": kind, "value": value}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("json", "graphml", "gexf"):
        sys.exit(__doc__)
    form, path = sys.argv[1], sys.argv[2]
    try:
        import networkx as nx
    except ImportError:
        print("networkx is not installed: pip install networkx", file=sys.stderr)
        sys.exit(3)
    if form == "json":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        try:
            graph = nx.node_link_graph(data, edges="links")
        except TypeError:  # networkx < 3.4 names the key `link`
            graph = nx.node_link_graph(data, link="links")
    elif form == "graphml":
        graph = nx.read_graphml(path)
    else:
        graph = nx.read_gexf(path)
    if graph.is_multigraph():
        edges = graph.edges(keys=True, data=True)
    else:
        edges = ((u, v, None, d) for u, v, d in graph.edges(data=True))
    out = {
        "reader": f"networkx {nx.__version__}",
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": {k: typed(v) for k, v in graph.graph.items()},
        "nodes": {str(n): {k: typed(v) for k, v in d.items()} for n, d in graph.nodes(data=True)},
        "edges": [
            {"source": u, "target": v, "key": k if k is None else str(k),
             "data": {name: typed(x) for name, x in d.items()}}
            for u, v, k, d in edges
        ],
    }
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
