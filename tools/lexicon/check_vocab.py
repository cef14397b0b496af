#!/usr/bin/env python3
"""Validate roles.tsv, cues.tsv, topics.tsv and given_names.tsv (stdlib only).

    python3 tools/lexicon/check_vocab.py [--data DIR] [-v]

Checks headers and column counts, office ids, country codes, predicates, pos and frame
flags, empty or duplicate values, and that no surface form is claimed by two cue rows of
different predicates unless the pipeline can tell them apart (a different separable
particle, a different required preposition, the `neg` flag) or a comment line
`# shared: FORM lemma1 lemma2 — reason` acknowledges it. Prints counts; exits 1 on errors.
"""
import argparse
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'lexicon', 'data'))

HEADERS = {
    'roles.tsv': ['office', 'masculine', 'feminine', 'plural', 'countries'],
    'cues.tsv': ['lemma', 'predicate', 'pos', 'particle', 'forms', 'frame'],
    'topics.tsv': ['id', 'label', 'terms'],
    'given_names.tsv': ['name', 'gender'],
}
OFFICES = set("""head_of_state head_of_government deputy_head_of_government foreign_minister
defence_minister interior_minister finance_minister economy_minister justice_minister minister
government_spokesperson foreign_ministry_spokesperson secretary_general president
high_representative special_envoy ambassador chief_of_staff party_leader opposition_leader""".split())
PREDICATES = set("""say announce support commit propose demand reject criticize warn threaten
doubt praise meet provide attack""".split())
POS = {'verb', 'noun', 'adj', 'phrase'}
FLAG_RE = re.compile(r'^(speech|sich|als|neg|prep=[a-zäöüß]+)$')
INTL_IDS = {'EU', 'NATO', 'UN', 'OSCE', 'OSZE', 'AU', 'ASEAN', 'G7', 'G20', 'IAEA', 'WHO',
            'IMF', 'IWF', 'ICC', 'OPEC', 'BRICS', 'ARAB_LEAGUE', 'OAS', 'COE', 'WTO', 'WORLD_BANK'}


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, f, ln, msg):
        self.errors.append(f'{f}:{ln}: {msg}')

    def warn(self, f, ln, msg):
        self.warnings.append(f'{f}:{ln}: {msg}')


def read_tsv(path, fname, rep):
    """Return (comments, rows) where rows = [(line_no, cells)]."""
    comments, rows, header = [], [], None
    with open(path, encoding='utf-8') as fh:
        text = fh.read()
    if unicodedata.normalize('NFC', text) != text:
        rep.err(fname, 0, 'file is not NFC-normalised')
    for i, line in enumerate(text.split('\n'), 1):
        if line.startswith('#'):
            comments.append(line)
            continue
        if not line.strip():
            continue
        cells = line.split('\t')
        if header is None:
            header = cells
            if header != HEADERS[fname]:
                rep.err(fname, i, f'header {header} != {HEADERS[fname]}')
            continue
        if len(cells) != len(HEADERS[fname]):
            rep.err(fname, i, f'{len(cells)} cells, expected {len(HEADERS[fname])}: {line[:80]!r}')
            continue
        for c in cells:
            if c != c.strip():
                rep.err(fname, i, f'cell with surrounding whitespace: {c!r}')
        rows.append((i, cells))
    if header is None:
        rep.err(fname, 0, 'no header')
    return comments, rows


def multi(cell, fname, ln, rep, what):
    if cell == '':
        return []
    vals = cell.split('|')
    if any(v == '' for v in vals):
        rep.err(fname, ln, f'empty value in {what}: {cell[:60]!r}')
    dup = [v for v, n in collections.Counter(vals).items() if n > 1]
    if dup:
        rep.warn(fname, ln, f'duplicate values in {what}: {dup}')
    return [v for v in vals if v]


def check_roles(path, rep, stats):
    f = 'roles.tsv'
    _, rows = read_tsv(path, f, rep)
    form_office = collections.defaultdict(set)
    for ln, (office, masc, fem, plural, countries) in rows:
        if office and office not in OFFICES:
            rep.err(f, ln, f'unknown office id {office!r}')
        m = multi(masc, f, ln, rep, 'masculine')
        fe = multi(fem, f, ln, rep, 'feminine')
        pl = multi(plural, f, ln, rep, 'plural')
        if not m and not fe:
            rep.err(f, ln, 'neither masculine nor feminine forms')
        for c in multi(countries, f, ln, rep, 'countries'):
            if not (re.fullmatch(r'[A-Z]{3}', c) or c in INTL_IDS):
                rep.err(f, ln, f'bad country code {c!r}')
        for x in m + fe + pl:
            if not x[:1].isupper():
                rep.err(f, ln, f'role form not capitalised: {x!r}')
            form_office[x].add(office)
    for x, offs in form_office.items():
        if len(offs) > 1:
            rep.warn(f, 0, f'form {x!r} has several offices {sorted(offs)}')
    stats['roles'] = len(rows)
    stats['role forms'] = len(form_office)


def check_cues(path, rep, stats):
    f = 'cues.tsv'
    comments, rows = read_tsv(path, f, rep)
    shared = set()
    for c in comments:
        m = re.match(r'#\s*shared:\s*(\S+)\s+(.+)$', c)
        if m:
            shared.add(m.group(1))
    claims = collections.defaultdict(list)
    lemmas = set()
    for ln, (lemma, pred, pos, particle, forms, frame) in rows:
        if pred not in PREDICATES:
            rep.err(f, ln, f'unknown predicate {pred!r}')
        if pos not in POS:
            rep.err(f, ln, f'unknown pos {pos!r}')
        flags = frame.split(' ') if frame else []
        for fl in flags:
            if not FLAG_RE.match(fl):
                rep.err(f, ln, f'unknown frame flag {fl!r}')
        fs = multi(forms, f, ln, rep, 'forms')
        if not fs:
            rep.err(f, ln, 'no forms')
        if pos in ('verb', 'phrase') and particle:
            joined = [x for x in fs if x.startswith(particle)]
            if not joined:
                rep.err(f, ln, f'separable verb {lemma!r} without joined forms')
        if (lemma, pred, frame) in lemmas:
            rep.warn(f, ln, f'lemma {lemma!r} listed twice for {pred} with frame {frame!r}')
        lemmas.add((lemma, pred, frame))
        preps = frozenset(x for x in flags if x.startswith('prep='))
        for x in fs:
            # the pipeline looks forms up lower-cased; a noun cue only matches capitalised
            # and another cue only in lower case (or sentence-initially), so keep pos apart
            key = (x.lower(), pos == 'noun')
            claims[key].append((lemma, pred, particle, preps, 'neg' in flags, ln))
    n_conf = 0
    for x, cl in claims.items():
        for i in range(len(cl)):
            for j in range(i + 1, len(cl)):
                a, b = cl[i], cl[j]
                if a[1] == b[1]:
                    continue
                if a[2] != b[2] or a[3] != b[3] or a[4] != b[4]:
                    continue
                if x[0] in shared:
                    continue
                n_conf += 1
                rep.err(f, b[5], f'form {x[0]!r} claimed by {a[0]!r} ({a[1]}) and {b[0]!r} ({b[1]}) '
                                 'with the same particle and preposition')
    stats['cue rows'] = len(rows)
    stats['cue lemmas'] = len({(r[1][0]) for r in rows})
    stats['cue forms (distinct, folded)'] = len({k[0] for k in claims})
    stats['cue forms (all rows)'] = sum(len(v) for v in claims.values())
    per = collections.Counter(r[1][1] for r in rows)
    stats['cue rows per predicate'] = dict(sorted(per.items()))
    missing = PREDICATES - set(per)
    if missing:
        rep.err(f, 0, f'predicates without cues: {sorted(missing)}')


def check_topics(path, rep, stats):
    f = 'topics.tsv'
    _, rows = read_tsv(path, f, rep)
    ids = set()
    term_topics = collections.defaultdict(set)
    nterms = 0
    for ln, (tid, label, terms) in rows:
        if not re.fullmatch(r'[a-z][a-z0-9_]*', tid):
            rep.err(f, ln, f'id not snake_case: {tid!r}')
        if tid in ids:
            rep.err(f, ln, f'duplicate id {tid!r}')
        ids.add(tid)
        if not label:
            rep.err(f, ln, 'empty label')
        ts = multi(terms, f, ln, rep, 'terms')
        if not ts:
            rep.err(f, ln, 'no terms')
        for t in ts:
            nterms += 1
            bare = t.lstrip('*=')
            if t.count('*') + t.count('=') > 1 or ('*' in t[1:] or '=' in t[1:]):
                rep.err(f, ln, f'bad term syntax {t!r}')
            if len(bare) < 4 and not t.startswith('=') and not bare.isupper():
                rep.warn(f, ln, f'short prefix term {t!r} may fire inside unrelated words')
            if t.startswith('*') and len(bare) < 5:
                rep.warn(f, ln, f'short infix term {t!r}')
            term_topics[t.lstrip('=').lower()].add(tid)
    for t, tids in sorted(term_topics.items()):
        if len(tids) > 1:
            rep.warn(f, 0, f'term {t!r} in several topics {sorted(tids)}')
    stats['topics'] = len(rows)
    stats['topic terms'] = nterms


def check_names(path, rep, stats):
    f = 'given_names.tsv'
    _, rows = read_tsv(path, f, rep)
    seen = set()
    c = collections.Counter()
    for ln, (name, g) in rows:
        if g not in ('m', 'f', 'u'):
            rep.err(f, ln, f'bad gender {g!r}')
        if name in seen:
            rep.err(f, ln, f'duplicate name {name!r}')
        seen.add(name)
        if not name[:1].isupper():
            rep.err(f, ln, f'name not capitalised {name!r}')
        c[g] += 1
    for w in ('Der', 'Die', 'Das', 'Am', 'Bei', 'Mit', 'Weil', 'Kurz', 'Uhr', 'Mai', 'An', 'Nur',
              'Will', 'Juli', 'Juni', 'August', 'April', 'Paris', 'Berlin', 'Art', 'Marine', 'Mine'):
        if w in seen:
            rep.err(f, 0, f'stop word {w!r} listed as a given name')
    stats['given names'] = len(rows)
    stats['given names by gender'] = dict(c)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--data', default=DEFAULT_DATA)
    ap.add_argument('-v', '--verbose', action='store_true', help='print warnings')
    a = ap.parse_args()
    rep = Report()
    stats = {}
    for fname, fn in (('roles.tsv', check_roles), ('cues.tsv', check_cues),
                      ('topics.tsv', check_topics), ('given_names.tsv', check_names)):
        p = os.path.join(a.data, fname)
        if not os.path.exists(p):
            rep.err(fname, 0, 'missing')
            continue
        fn(p, rep, stats)
    for k, v in stats.items():
        print(f'{k}: {v}')
    if a.verbose:
        for w in rep.warnings:
            print('warning:', w)
    else:
        print(f'{len(rep.warnings)} warnings (-v to show)')
    for e in rep.errors:
        print('error:', e)
    print(f'{len(rep.errors)} errors')
    sys.exit(1 if rep.errors else 0)


if __name__ == '__main__':
    main()
