#!/usr/bin/env python3
"""Build src/grammar/data/nouns.tsv from the Wiktionary noun list `german-nouns` (PyPI).

usage: python3 tools/grammar/nouns.py [PATH/TO/nouns.csv]
       (without an argument: `pip download german-nouns==1.2.5 --no-deps` into a temporary
       folder and read german_nouns/nouns.csv from the wheel)

Source: german-nouns 1.2.5, compiled from the German Wiktionary, CC BY-SA 4.0 (see NOTICE).

Output, one noun a line, tab-separated:
  lemma  class  gender  forms
class:  one or more of N common noun, T toponym, V given name, F family name, E other
        proper name, A noun with adjective declension, K name of a month or weekday (the
        lemmas of tools/grammar/calendar.txt); a lemma with several senses has the
        classes of all of them (`Paris`: N, T and E)
gender: any of m f n (empty for plural-only nouns)
forms:  (empty for a proper name the list gives no forms for) eight cells Nom.Sg Gen.Sg Dat.Sg Acc.Sg Nom.Pl Gen.Pl Dat.Pl Acc.Pl, separated by
        `|`; each cell is variants separated by `/`, each variant written as the number of
        leading characters it shares with the lemma followed by the rest (`Häuser` of `Haus`:
        `1äuser`); an empty cell has no form.
A common noun whose every form is a prefix plus the forms of a shorter noun of the list with
the same gender (a compound whose head is listed, `Provinzregierung` → `Regierung`) is left
out: the tagger finds it through its head, which keeps the file small.
"""
import csv, glob, os, subprocess, sys, tempfile, zipfile

CASES = ("nominativ", "genitiv", "dativ", "akkusativ")
CELLS = [(c, "singular") for c in CASES] + [(c, "plural") for c in CASES]
MIN_HEAD = 3


def source_rows():
    if len(sys.argv) > 1:
        return list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
    tmp = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", "german-nouns==1.2.5", "--no-deps",
                    "-q", "-d", tmp], check=True)
    wheel = glob.glob(os.path.join(tmp, "german_nouns-*.whl"))[0]
    with zipfile.ZipFile(wheel) as z:
        text = z.read("german_nouns/nouns.csv").decode("utf-8")
    return list(csv.DictReader(text.splitlines()))


def klass(pos):
    p = set(pos.split(","))
    if "Substantiv" not in p or p & {"Affix", "Gebundenes Lexem", "Buchstabe", "Redewendung", "Wortverbindung"}:
        return None
    if "Toponym" in p:
        return "T"
    if "Vorname" in p:
        return "V"
    if "Nachname" in p:
        return "F"
    if "Eigenname" in p or "Straßenname" in p:
        return "E"
    if "adjektivische Deklination" in p:
        return "A"
    return "N"


def cell(row, case, num):
    out = []
    for suffix in ("", "*", " 1", " 2", " 3", " 4", " stark"):
        v = (row.get(f"{case} {num}{suffix}") or "").strip()
        if v and v != "—" and " " not in v and v not in out:
            out.append(v)
    return out


def main():
    nouns = {}
    for row in source_rows():
        lemma = row["lemma"].strip()
        k = klass(row["pos"])
        # Digits would make the forms' shared-prefix numbers ambiguous (and such entries,
        # `C1`, are no words).
        if not k or not lemma or " " in lemma or not lemma[0].isupper() or any(c.isdigit() for c in lemma):
            continue
        gender = "".join(sorted({g for g in (row.get(c, "").strip() for c in
                                             ("genus", "genus 1", "genus 2", "genus 3", "genus 4"))
                                 if g in ("m", "f", "n")}))
        forms = [cell(row, c, n) for c, n in CELLS]
        if not any(forms) and k == "N":
            continue
        if lemma in nouns:  # a second sense: merge classes, genders and forms
            k0, g0, f0 = nouns[lemma]
            gender = "".join(sorted(set(g0) | set(gender)))
            forms = [a + [x for x in b if x not in a] for a, b in zip(f0, forms)]
            k = k0 + k
        nouns[lemma] = (k, gender, forms)
    calendar = os.path.join(os.path.dirname(__file__), "calendar.txt")
    for line in open(calendar, encoding="utf-8"):
        lemma = line.strip()
        if lemma and not lemma.startswith("#") and lemma in nouns:
            k, g, forms = nouns[lemma]
            nouns[lemma] = (k + "K", g, forms)
    nouns = {l: ("".join(c for c in "NATVFEK" if c in k), g, f) for l, (k, g, f) in nouns.items()}

    def derivable(lemma, k, gender, forms):
        if k != "N":
            return False
        for i in range(1, len(lemma) - MIN_HEAD + 1):
            head = lemma[i].upper() + lemma[i + 1:]
            if head in nouns:
                hk, hg, hf = nouns[head]
                if "N" not in hk or hg != gender:
                    return False
                pre = lemma[:i]
                want = [[pre + f[0].lower() + f[1:] for f in c] for c in hf]
                return want == forms
        return False

    def enc(lemma, form):
        n = 0
        while n < min(len(lemma), len(form)) and lemma[n] == form[n]:
            n += 1
        return f"{n}{form[n:]}"

    out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "grammar", "data", "nouns.tsv")
    kept = 0
    with open(out, "w", encoding="utf-8") as f:
        for lemma in sorted(nouns):
            k, g, forms = nouns[lemma]
            if derivable(lemma, k, g, forms):
                continue
            kept += 1
            cells = "|".join("/".join(enc(lemma, x) for x in c) for c in forms) if any(forms) else ""

            f.write(f"{lemma}\t{k}\t{g}\t{cells}\n")
    print(f"{kept} of {len(nouns)} nouns written to {os.path.normpath(out)}", file=sys.stderr)


if __name__ == "__main__":
    main()
