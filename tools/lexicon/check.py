#!/usr/bin/env python3
"""Validate src/lexicon/data/{countries,organizations,persons,offices}.tsv.

Checks: header and column count, unique keys, codes used in organizations/offices exist,
persons referenced by offices exist, dates parse and start <= end, office ids are known,
no alias (name or explicit alias) claimed by two persons whose offices overlap in time for
different countries. Shared implied surnames are reported as warnings only.
Exit status 1 on errors. Usage: python3 tools/lexicon/check.py [--verbose]
"""
import calendar
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'lexicon', 'data'))
VERBOSE = '--verbose' in sys.argv

HEADERS = {
    'countries.tsv': ['code', 'iso2', 'name', 'official', 'variants', 'adjectives', 'prefixes',
                      'demonym_m', 'demonym_f', 'demonym_pl', 'capitals'],
    'organizations.tsv': ['id', 'name', 'type', 'country', 'parent', 'aliases'],
    'persons.tsv': ['qid', 'name', 'gender', 'aliases'],
    'offices.tsv': ['person', 'office', 'of', 'start', 'end'],
}
ORG_TYPES = {'international', 'government', 'institution', 'party', 'military', 'media', 'ngo', 'company'}
OFFICES = {'head_of_state', 'head_of_government', 'deputy_head_of_government', 'foreign_minister',
           'defence_minister', 'interior_minister', 'finance_minister', 'economy_minister',
           'justice_minister', 'minister', 'government_spokesperson', 'foreign_ministry_spokesperson',
           'secretary_general', 'president', 'high_representative', 'special_envoy', 'ambassador',
           'chief_of_staff', 'party_leader', 'opposition_leader'}
# the same rules as `standpunkt lexicon check` (src/lexicon/check.rs)
SINGLE = {'head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister',
          'secretary_general', 'high_representative'}
HANDOVER_DAYS = 1
DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def read(name):
    path = os.path.join(DATA, name)
    rows, header = [], None
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if line.endswith('\r'):
                err(f'{name}:{n}: CR line ending')
                line = line.rstrip('\r')
            if not line.strip() or line.startswith('#'):
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                if header != HEADERS[name]:
                    err(f'{name}: header {header} != {HEADERS[name]}')
                continue
            if len(cells) != len(header):
                err(f'{name}:{n}: {len(cells)} cells, header has {len(header)}')
                continue
            for c in cells:
                if c != c.strip():
                    err(f'{name}:{n}: whitespace around cell {c!r}')
                if '||' in c or c.startswith('|') or c.endswith('|'):
                    err(f'{name}:{n}: empty value in multi-valued cell {c!r}')
            rows.append((n, dict(zip(header, cells))))
    return rows


def parse_date(d, end=False):
    m = DATE_RE.match(d)
    if not m:
        return None
    y, mo, da = int(m.group(1)), m.group(2), m.group(3)
    if mo is None:
        return (y, 12, 31) if end else (y, 1, 1)
    mo = int(mo)
    if not 1 <= mo <= 12:
        return None
    if da is None:
        return (y, mo, calendar.monthrange(y, mo)[1]) if end else (y, mo, 1)
    da = int(da)
    if not 1 <= da <= calendar.monthrange(y, mo)[1]:
        return None
    return (y, mo, da)


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.replace('-', ' ')).strip().lower()


def main():
    countries = read('countries.tsv')
    orgs = read('organizations.tsv')
    persons = read('persons.tsv')
    offices = read('offices.tsv')

    codes, iso2s = set(), set()
    for n, r in countries:
        c = r['code']
        if not re.match(r'^[A-Z]{3}$', c) or c in codes:
            err(f'countries.tsv:{n}: bad or duplicate code {c}')
        if not re.match(r'^[A-Z]{2}$', r['iso2']) or r['iso2'] in iso2s:
            err(f'countries.tsv:{n}: bad or duplicate iso2 {r["iso2"]}')
        codes.add(c)
        iso2s.add(r['iso2'])
        if not r['name']:
            err(f'countries.tsv:{n}: empty name')
        for a in r['adjectives'].split('|') if r['adjectives'] else []:
            if a != a.lower() or a.endswith(('e', 'en', 'er', 'es', 'em')) and not a.endswith('isch'):
                err(f'countries.tsv:{n}: adjective stem {a!r} should be lower case without ending')
    for must in ('VAT', 'PSE', 'XKX', 'TWN', 'DEU', 'USA', 'RUS', 'UKR'):
        if must not in codes:
            err(f'countries.tsv: missing {must}')

    org_ids, intl = set(), set()
    for n, r in orgs:
        if r['id'] in org_ids:
            err(f'organizations.tsv:{n}: duplicate id {r["id"]}')
        if not re.match(r'^[A-Z0-9_]+$', r['id']):
            err(f'organizations.tsv:{n}: bad id {r["id"]}')
        org_ids.add(r['id'])
        if r['type'] == 'international':
            intl.add(r['id'])
        if r['type'] not in ORG_TYPES:
            err(f'organizations.tsv:{n}: bad type {r["type"]}')
    for n, r in orgs:
        if r['country'] and r['country'] not in codes and r['country'] not in intl:
            err(f'organizations.tsv:{n}: country {r["country"]} is neither a state nor an international org')
        if r['parent'] and r['parent'] not in org_ids:
            err(f'organizations.tsv:{n}: unknown parent {r["parent"]}')
    if set(codes) & org_ids:
        err(f'ids used both as country and organisation: {set(codes) & org_ids}')

    keys, by_key = set(), {}
    for n, r in persons:
        q = r['qid']
        if q and not re.match(r'^Q[1-9]\d*$', q):
            err(f'persons.tsv:{n}: bad qid {q}')
        if not r['name']:
            err(f'persons.tsv:{n}: empty name')
        if r['gender'] not in ('m', 'f', ''):
            err(f'persons.tsv:{n}: bad gender {r["gender"]}')
        k = q or r['name']
        if k in keys:
            err(f'persons.tsv:{n}: duplicate person key {k}')
        if not q and re.match(r'^Q\d+$', r['name']):
            err(f'persons.tsv:{n}: name looks like a QID')
        keys.add(k)
        by_key[k] = r
    names_noqid = [r['name'] for _, r in persons if not r['qid']]
    qid_names = {r['name'] for _, r in persons if r['qid']}
    for nm in set(names_noqid) & qid_names:
        warnings.append(f'name {nm!r} used by a person with QID and one without')

    person_spans = defaultdict(list)
    for n, r in offices:
        if r['person'] not in keys:
            err(f'offices.tsv:{n}: unknown person {r["person"]}')
        if r['office'] not in OFFICES:
            err(f'offices.tsv:{n}: unknown office {r["office"]}')
        if r['of'] not in codes and r['of'] not in org_ids:
            err(f'offices.tsv:{n}: unknown code {r["of"]}')
        s = parse_date(r['start'])
        e = parse_date(r['end'], end=True) if r['end'] else (9999, 12, 31)
        if s is None:
            err(f'offices.tsv:{n}: bad start {r["start"]!r}')
            continue
        if e is None:
            err(f'offices.tsv:{n}: bad end {r["end"]!r}')
            continue
        if e < s:
            err(f'offices.tsv:{n}: end {r["end"]} before start {r["start"]}')
        if s > (2026, 12, 31):
            err(f'offices.tsv:{n}: start in the future {r["start"]}')
        person_spans[r['person']].append((s, e, r['of']))

    # single-holder offices held by two persons at once (more than a hand-over day)
    import datetime

    def days(s, e):
        a = datetime.date(*s).toordinal()
        b = datetime.date(*e).toordinal() if e != (9999, 12, 31) else 10 ** 9
        return a, b

    def overlap_days(x, y):
        lo, hi = max(x[0], y[0]), min(x[1], y[1])
        return 0 if hi < lo else hi - lo + 1

    seat = defaultdict(list)
    for n, r in offices:
        if r['office'] in SINGLE:
            s = parse_date(r['start'])
            e = parse_date(r['end'], end=True) if r['end'] else (9999, 12, 31)
            if s and e:
                seat[(r['office'], r['of'])].append((days(s, e), r['person'], r['start'], r['end']))
    for (off, of), lst in sorted(seat.items()):
        for i in range(len(lst)):
            for j in range(i + 1, len(lst)):
                a1, a2 = lst[i], lst[j]
                if a1[1] != a2[1] and overlap_days(a1[0], a2[0]) > HANDOVER_DAYS:
                    err(f'overlapping terms of {off} of {of}: {by_key[a1[1]]["name"]} ({a1[2]}-{a1[3]}) '
                        f'and {by_key[a2[1]]["name"]} ({a2[2]}-{a2[3]})')

    # alias conflicts
    claims = defaultdict(set)
    surn = defaultdict(set)
    for k, r in by_key.items():
        forms = [r['name']] + (r['aliases'].split('|') if r['aliases'] else [])
        for f in forms:
            claims[fold(f)].add(k)
            if ' ' in f.strip():
                surn[fold(f.split()[-1])].add(k)

    def conflict(a, b, any_country=True):
        for s1, e1, c1 in person_spans.get(a, []):
            for s2, e2, c2 in person_spans.get(b, []):
                if (any_country or c1 != c2) and overlap_days(days(s1, e1), days(s2, e2)) > HANDOVER_DAYS:
                    return (c1, c2)
        return None

    for alias, ks in claims.items():
        ks = sorted(ks)
        for i in range(len(ks)):
            for j in range(i + 1, len(ks)):
                c = conflict(ks[i], ks[j])
                if c:
                    err(f'the name {alias!r} is claimed by {ks[i]} and {ks[j]}, both in office at the same time {c}')
    nsurn = 0
    for alias, ks in surn.items():
        ks = sorted(ks | claims.get(alias, set()))
        for i in range(len(ks)):
            for j in range(i + 1, len(ks)):
                c = conflict(ks[i], ks[j], any_country=False)
                if c:
                    nsurn += 1
                    if VERBOSE:
                        warnings.append(f'surname {alias!r}: {by_key[ks[i]]["name"]} / {by_key[ks[j]]["name"]} {c}')
    if nsurn:
        warnings.append(f'{nsurn} pairs of persons share a surname with overlapping offices in '
                        f'different countries (the program must disambiguate; --verbose lists them)')

    # counts
    with_q = sum(1 for _, r in persons if r['qid'])
    open_off = sum(1 for _, r in offices if not r['end'])
    print(f'countries:     {len(countries)}')
    print(f'organizations: {len(orgs)} ({len(intl)} international)')
    print(f'persons:       {len(persons)} ({with_q} with QID)')
    print(f'offices:       {len(offices)} ({open_off} open)')
    by_office = defaultdict(int)
    for _, r in offices:
        by_office[r['office']] += 1
    print('  by office:', ', '.join(f'{k}={v}' for k, v in sorted(by_office.items())))
    for w in warnings:
        print('warning:', w)
    for e in errors[:200]:
        print('ERROR:', e)
    if errors:
        print(f'{len(errors)} errors')
        sys.exit(1)
    print('ok')


if __name__ == '__main__':
    main()
