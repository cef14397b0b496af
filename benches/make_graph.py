#!/usr/bin/env python3
"""Writes a generated standpunkt graph (node-link JSON, as `build` writes it) of N
statements, shaped like benches/graph_1m.rs's: 20,000 actors of whom a few speak very
often, 60 countries, all predicates, 55 topics and 50,000 claims, ten statements per
article, sentences of ~150 bytes. Deterministic (fixed seed).

usage: make_graph.py N OUT.json
"""
import json
import random
import sys

PREDICATES = {"say": 0, "announce": 0, "support": 1, "commit": 1, "propose": 1, "demand": 1,
              "reject": -1, "criticize": -1, "warn": -1, "threaten": -1, "doubt": -1,
              "praise": 1, "meet": 0, "provide": 1, "attack": -1}
MODES = ["direct", "indirect", "reported"]


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20250904)
    codes = [f"C{i:02d}" for i in range(60)]
    topics = [f"topic{i:02d}" for i in range(55)]
    skewed = lambda n: min(rng.randrange(n), rng.randrange(n), rng.randrange(n))
    nodes, links, affiliations, articles = {}, {}, set(), {}
    for i in range(count):
        a = skewed(20_000)
        article = f"article-{i // 10}"
        date = f"2025-{1 + (i // 10) % 12:02d}-{1 + (i // 10) % 28:02d}"
        articles[article] = date
        code = codes[a % len(codes)]
        actor = f"actor:Q{1_000_000 + a}" if a % 4 == 0 else f"actor:Sprecher {a}"
        nodes.setdefault(actor, {"id": actor, "kind": "actor", "label": f"Sprecher {a}",
                                 "actor_kind": "person", "country": code})
        country = f"country:{code}"
        nodes.setdefault(country, {"id": country, "kind": "country", "label": f"Land {code}", "country": code})
        affiliations.add((actor, country))
        if rng.randrange(3) == 0:
            t = topics[rng.randrange(len(topics))]
            target, kind, label, oid = f"topic:{t}", "topic", f"Thema {t}", t
        else:
            c = skewed(50_000)
            target, kind, label, oid = f"claim:behauptung nummer {c}", "claim", f"Behauptung Nummer {c}", None
        nodes.setdefault(target, {"id": target, "kind": kind, "label": label})
        predicate = list(PREDICATES)[rng.randrange(len(PREDICATES))]
        negated = rng.randrange(10) == 0
        polarity = -PREDICATES[predicate] if negated else PREDICATES[predicate]
        key = (actor, predicate, negated, target)
        sentence = (f"„Das ist die Position Nummer {i}“, sagte Sprecher {a} am Montag in der "
                    "Hauptstadt vor Journalisten, wie die Agentur meldete.")
        link = links.get(key)
        if link is None:
            link = links[key] = {
                "id": f"{actor} -{'not ' if negated else ''}{predicate}-> {target}",
                "source": actor, "target": target, "key": 0, "type": "statement",
                "predicate": predicate, "negated": negated, "polarity": polarity,
                "object_kind": kind, "weight": 0, "evidence": []}
            if oid:
                link["object_id"] = oid
        link["evidence"].append({"article": article, "date": date, "cue": "sagte",
                                 "object_label": label, "sentence": sentence,
                                 "quote": f"Das ist die Position Nummer {i}",
                                 "mode": MODES[rng.randrange(3)], "span": [0, len(sentence.encode())]})
        link["weight"] = len(link["evidence"])
    keys = {}
    all_links = list(links.values()) + [
        {"id": f"{a} -for-> {c}", "source": a, "target": c, "key": 0, "type": "affiliation", "weight": 1}
        for a, c in sorted(affiliations)]
    for link in all_links:
        pair = (link["source"], link["target"])
        link["key"] = keys.get(pair, 0)
        keys[pair] = link["key"] + 1
    graph = {"directed": True, "multigraph": True,
             "graph": {"name": "standpunkt", "format": "standpunkt-node-link/1",
                       "generator": "benches/make_graph.py", "statements": count,
                       "articles": dict(sorted(articles.items()))},
             "nodes": list(nodes.values()), "links": all_links}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(graph, f, ensure_ascii=False)
    print(f"{count} statements, {len(nodes)} nodes, {len(all_links)} links -> {out}")


if __name__ == "__main__":
    main()
