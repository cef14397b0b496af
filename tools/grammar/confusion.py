#!/usr/bin/env python3
"""UPOS error analysis: confusion pairs (gold -> predicted) by frequency, with the most
frequent word forms of each pair, for tuning the tagger on GSD.

usage: python3 tools/grammar/confusion.py GOLD.conllu PRED.conllu [--top N] [--forms K]
       [--pair GOLD>PRED]   # every error of one pair with its context
Develop on GSD (tools/grammar/eval.sh --gsd writes $TMPDIR/standpunkt-analysis-gsd-test.conllu);
never on PUD, which is for evaluation only.
"""
import sys
from collections import Counter, defaultdict

from conllu_read import sentences


def main():
    args = sys.argv[1:]
    opt = {"--top": "25", "--forms": "8", "--pair": None}
    files = []
    while args:
        a = args.pop(0)
        if a in opt:
            opt[a] = args.pop(0)
        else:
            files.append(a)
    if len(files) != 2:
        sys.exit(__doc__)
    gold, pred = list(sentences(files[0])), list(sentences(files[1]))
    if len(gold) != len(pred):
        sys.exit(f"{len(gold)} gold sentences but {len(pred)} predicted")
    pairs, forms = Counter(), defaultdict(Counter)
    n = errors = 0
    for gs, ps in zip(gold, pred):
        for i, (g, p) in enumerate(zip(gs, ps)):
            n += 1
            if g[3] == p[3]:
                continue
            errors += 1
            pair = f"{g[3]}>{p[3]}"
            pairs[pair] += 1
            forms[pair][g[1]] += 1
            if opt["--pair"] == pair:
                ctx = " ".join(
                    f"[{t[1]}]" if j == i else t[1] for j, t in enumerate(gs)
                    if abs(j - i) <= 4
                )
                print(f"{g[1]}\t{g[4]}>{p[4]}\t{ctx}")
    if opt["--pair"]:
        return
    print(f"{n} words, {errors} UPOS errors, accuracy {1 - errors / n:.4f}")
    for pair, c in pairs.most_common(int(opt["--top"])):
        top = ", ".join(f"{f} {k}" for f, k in forms[pair].most_common(int(opt["--forms"])))
        print(f"{c:4d} {c / errors:5.1%} {pair:12s} {top}")


if __name__ == "__main__":
    main()
