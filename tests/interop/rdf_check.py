#!/usr/bin/env python3
"""Parses a standpunkt Turtle and N-Triples export with rdflib and asks who rejects what.

    rdf_check.py FILE.ttl FILE.nt

Prints JSON: {"reader", "triples" (in the Turtle), "ntriples" (in the N-Triples),
"isomorphic" (the two are the same graph), "rejects": [[actor, object, negated,
article], …]}: one row per piece of evidence of an `sp:Statement` with predicate
`predicate:reject`, from the SPARQL query below (also in the README).
Exits with 3 when rdflib is missing.
"""
import json
import sys

REJECTS = """
PREFIX sp: <https://standpunkt.example/vocab#>
PREFIX predicate: <https://standpunkt.example/predicate/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?actor ?object ?negated ?article WHERE {
  ?statement a sp:Statement ;
             sp:actor ?who ;
             sp:predicate predicate:reject ;
             sp:negated ?negated ;
             sp:evidence ?evidence .
  ?who rdfs:label ?actor .
  ?evidence sp:objectLabel ?object ;
            sp:article ?source .
  ?source rdfs:label ?article .
}
"""


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    try:
        import rdflib
        from rdflib.compare import isomorphic
    except ImportError:
        print("rdflib is not installed: pip install rdflib", file=sys.stderr)
        sys.exit(3)
    turtle = rdflib.Graph()
    turtle.parse(sys.argv[1], format="turtle")
    ntriples = rdflib.Graph()
    ntriples.parse(sys.argv[2], format="nt")
    rows = [
        [str(r.actor), str(r.object), bool(r.negated.toPython()), str(r.article)]
        for r in turtle.query(REJECTS)
    ]
    rows.sort()
    out = {
        "reader": f"rdflib {rdflib.__version__}",
        "triples": len(turtle),
        "ntriples": len(ntriples),
        "isomorphic": isomorphic(turtle, ntriples),
        "rejects": rows,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
