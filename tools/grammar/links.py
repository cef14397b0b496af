#!/usr/bin/env python3
"""Scores the links `standpunkt analyse --conllu` prints, per relation (ud_eval.py scores
nsubj alone): precision, recall and F1 of (dependent, head) pairs for nsubj (with
nsubj:pass), obj, iobj, ccomp, xcomp, conj, appos and root (subtypes count as their base).

usage: python3 tools/grammar/links.py GOLD.conllu PRED.conllu
       python3 tools/grammar/links.py GOLD.conllu PRED.conllu --errors nsubj   # each miss
Develop on GSD (tools/grammar/eval.sh --gsd writes $TMPDIR/standpunkt-analysis-gsd-test.conllu);
PUD is for evaluation only.
"""
import sys
from collections import Counter

from conllu_read import sentences

RELS = ["nsubj", "obj", "iobj", "ccomp", "xcomp", "conj", "appos", "root"]


def base(rel):
    return rel.split(":")[0]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    errors = sys.argv[sys.argv.index("--errors") + 1] if "--errors" in sys.argv else None
    if errors:
        args.remove(errors)
    if len(args) != 2:
        sys.exit(__doc__)
    gold, pred = list(sentences(args[0])), list(sentences(args[1]))
    if len(gold) != len(pred):
        sys.exit(f"{len(gold)} gold sentences but {len(pred)} predicted")
    n_gold, n_pred, ok = Counter(), Counter(), Counter()
    for gs, ps in zip(gold, pred):
        bad = []
        for g, p in zip(gs, ps):
            gr, pr = base(g[7]), base(p[7])
            n_gold[gr] += gr in RELS
            n_pred[pr] += pr in RELS
            right = gr == pr and g[6] == p[6]
            ok[gr] += gr in RELS and right
            if errors and errors in (gr, pr) and not right:
                bad.append(f"   {g[0]} {g[1]}  gold {g[7]}->{g[6]}  pred {p[7]}->{p[6]}")
        if bad:
            print(" ".join(f"{t[0]}:{t[1]}" for t in gs))
            print("\n".join(bad))
    if errors:
        return
    for r in RELS:
        p = ok[r] / n_pred[r] if n_pred[r] else 0.0
        rc = ok[r] / n_gold[r] if n_gold[r] else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        print(f"{r:6} gold {n_gold[r]:5} pred {n_pred[r]:5}  P {p:.3f} R {rc:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
