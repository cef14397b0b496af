#!/usr/bin/env python3
"""Subject-link (nsubj, nsubj:pass) errors by category, for tuning on GSD (never on PUD).

usage: python3 tools/grammar/nsubj_errors.py GOLD.conllu PRED.conllu [CATEGORY-PREFIX]

Misses (a gold subject link not predicted) fall into
  wronghead:gold-REL   the right word, linked to a word whose gold relation is REL (aux, cop...)
  othercand:gold-REL   another word, of gold relation REL, was made the head's subject
  nosubj:...           no subject predicted for the head at all
false positives (a predicted link whose word is no gold subject) into fp:gold-REL.
With a category prefix, prints each error of those categories with its sentence.
PRED is the output of `sh tools/grammar/eval.sh --gsd` ($TMPDIR/standpunkt-analysis-gsd-test.conllu).
"""
import sys
from collections import Counter, defaultdict

from conllu_read import sentences


def feats(s):
    return dict(kv.split("=", 1) for kv in s.split("|") if "=" in kv) if s and s != "_" else {}

def depcat(t):
    f = feats(t[5])
    if f.get("PronType") == "Rel" or t[4].startswith("PREL"): return "relpron"
    if t[3] == "PRON": return "pron:" + t[1].lower() if t[1].lower() in ("es","sie","das","die","der","man","ihn","ihm","ihnen","uns","mich","dich") else "pron"
    return t[3]

gold = list(sentences(sys.argv[1])); pred = list(sentences(sys.argv[2]))
show = sys.argv[3] if len(sys.argv) > 3 else None
miss = Counter(); fp = Counter(); ex = defaultdict(list)
for gs, ps in zip(gold, pred):
    gsub = {}; psub = {}
    for g, p in zip(gs, ps):
        if g[7].startswith("nsubj"): gsub[int(g[0])] = int(g[6])
        if p[7].startswith("nsubj"): psub[int(p[0])] = int(p[6])
    txt = " ".join(f"{t[0]}:{t[1]}" for t in gs)
    def tok(i): return gs[i-1]
    for d, h in gsub.items():
        if psub.get(d) == h: continue
        if d in psub:
            h2 = psub[d]
            cat = "wronghead:" + ("gold-" + tok(h2)[7] if h2 else "root0")
            cat += "|goldhead=" + tok(h)[3]
        else:
            others = [d2 for d2, hh in psub.items() if hh == h]
            if others:
                cat = "othercand:gold-" + tok(others[0])[7].split(":")[0] + "|" + depcat(tok(d))
            else:
                prel = ps[d-1][7]
                cat = "nosubj:" + depcat(tok(d)) + "|pred=" + prel + "|h=" + tok(h)[3] + "|grel=" + tok(h)[7].split(":")[0]
        miss[cat] += 1
        ex[cat].append(f"{txt}\n   {d}:{tok(d)[1]} -> {h}:{tok(h)[1]} ({g[7] if False else ''})  pred: {ps[d-1][7]}->{ps[d-1][6]}")
    for d, h in psub.items():
        if gsub.get(d) == h: continue
        if d in gsub: continue  # counted as wronghead
        gr = tok(d)[7]
        # is there a gold subject of h?
        gh = [d2 for d2, hh in gsub.items() if hh == h]
        cat = "fp:gold-" + gr + "|" + depcat(tok(d)) + ("|h-has-gold-subj" if gh else "|h-no-gold-subj")
        fp[cat] += 1
        ex[cat].append(f"{txt}\n   {d}:{tok(d)[1]} -> {h}:{tok(h)[1]}  gold: {gr}->{tok(d)[6]}")
if not show:
  print("MISSES", sum(miss.values()))
  for c, n in miss.most_common(40): print(f"{n:4} {c}")
  print("FALSE POS (dep not gold subj)", sum(fp.values()))
  for c, n in fp.most_common(40): print(f"{n:4} {c}")
if show:
    for c in ex:
        if c.startswith(show):
            for e in ex[c]: print(c); print(e)
