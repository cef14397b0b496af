#!/usr/bin/env python3
"""Regenerate the lexicon TSVs countries, organizations, persons, offices.

Inputs (stdlib only, no network):
  ../shared/data/countries/cldr48_de_territories.json   (Unicode-3.0)
  ../shared/data/countries/i18n-iso-countries_de.json    (MIT)
  ../shared/data/countries/i18n-nationality_de.json      (MIT)
  ../shared/data/actors/epscrapers_world-leaders_wikidata_2022.csv (CC0, Wikidata)
  ../shared/data/actors/Phoenix.*.txt                    (MIT, PETRARCH2; used for aliases)
  tools/lexicon/countries_hand.txt       hand-written country facts
  tools/lexicon/organizations_hand.txt   hand-written organisations
  tools/lexicon/persons_*.txt            hand-written persons with dated offices
  tools/lexicon/csv_fixes.txt            corrections to the Wikidata CSV (end dates, skips)

Usage:  python3 tools/lexicon/build.py [--shared ../shared]
Writes: src/lexicon/data/{countries,organizations,persons,offices}.tsv
"""
import csv
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
OUT = os.path.join(ROOT, 'src', 'lexicon', 'data')
SHARED = os.path.normpath(os.path.join(ROOT, '..', 'shared'))
if '--shared' in sys.argv:
    SHARED = sys.argv[sys.argv.index('--shared') + 1]
DATA = os.path.join(SHARED, 'data')

OFFICE_CODES = {
    'hos': 'head_of_state', 'hog': 'head_of_government', 'dhog': 'deputy_head_of_government',
    'fm': 'foreign_minister', 'dm': 'defence_minister', 'im': 'interior_minister',
    'fin': 'finance_minister', 'eco': 'economy_minister', 'jus': 'justice_minister',
    'min': 'minister', 'gs': 'government_spokesperson', 'fms': 'foreign_ministry_spokesperson',
    'sg': 'secretary_general', 'pres': 'president', 'hr': 'high_representative',
    'env': 'special_envoy', 'amb': 'ambassador', 'cos': 'chief_of_staff',
    'pl': 'party_leader', 'opp': 'opposition_leader',
}
OFFICE_IDS = set(OFFICE_CODES.values())
DATE_RE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def split_multi(s):
    return uniq(s.split('|')) if s else []


def fold(s):
    """Lower-case, strip diacritics, unify punctuation: for matching names."""
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('ß', 'ss').replace('’', "'").replace('-', ' ')
    return re.sub(r'\s+', ' ', s).strip().lower()


def read_hand(path, nfields):
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            parts = line.split(';')
            if len(parts) != nfields:
                sys.exit(f'{path}:{n}: expected {nfields} fields, got {len(parts)}: {line}')
            rows.append([p.strip() for p in parts])
    return rows


def write_tsv(name, header, rows, comment):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for c in comment:
            f.write('# ' + c + '\n')
        f.write('\t'.join(header) + '\n')
        for r in rows:
            cells = ['|'.join(c) if isinstance(c, list) else (c or '') for c in r]
            for c in cells:
                assert '\t' not in c and '\n' not in c, (name, r)
            f.write('\t'.join(cells) + '\n')
    print(f'wrote {path}: {len(rows)} records')


# ---------------------------------------------------------------- countries
ADJ_RE = re.compile(r'^[A-Za-zÄÖÜäöüß-]+isch$')
ADJ_BLACKLIST = {'papua-neuguienisch', 'neuseelandneuseeländisch'}


def build_countries():
    cdir = os.path.join(DATA, 'countries')
    cldr = json.load(open(os.path.join(cdir, 'cldr48_de_territories.json'), encoding='utf-8'))
    cldr = cldr['main']['de']['localeDisplayNames']['territories']
    iso = json.load(open(os.path.join(cdir, 'i18n-iso-countries_de.json'), encoding='utf-8'))['countries']
    nat = json.load(open(os.path.join(cdir, 'i18n-nationality_de.json'), encoding='utf-8'))['nationalities']
    # CLDR exemplar cities: English zone key (Kiev, Pyongyang) -> German spelling (Kiew, Pjöngjang)
    tz = json.load(open(os.path.join(cdir, 'cldr48_de_timeZoneNames.json'), encoding='utf-8'))
    exemplar = {}

    def walk(d, key=''):
        for k, v in d.items():
            if isinstance(v, dict) and 'exemplarCity' in v:
                exemplar[k.replace('_', ' ')] = v['exemplarCity'].replace('\u00ad', '')
            elif isinstance(v, dict):
                walk(v, k)
    walk(tz['main']['de']['dates']['timeZoneNames']['zone'])
    rows = []
    for (iso2, a3, name, official, variants, adjs, prefixes, dm, df, dpl, caps) in read_hand(
            os.path.join(HERE, 'countries_hand.txt'), 11):
        cands = []
        for key in (iso2, iso2 + '-alt-short', iso2 + '-alt-variant'):
            if key in cldr:
                cands.append(cldr[key])
        v = iso.get(iso2)
        if isinstance(v, list):
            cands += v
        elif v:
            cands.append(v)
        name = name or cldr[iso2]
        # drop sorted-index forms like "Syrien, Arabische Republik" and qualified ones "(Republik)"
        cands = [c for c in cands if ',' not in c and '(' not in c]
        allv = [x for x in uniq(split_multi(variants) + cands) if x not in (name, official)]
        adj = split_multi(adjs)
        n = (nat.get(iso2) or '').strip()
        if ADJ_RE.match(n) and n.lower() not in ADJ_BLACKLIST:
            adj = uniq(adj + [n.lower()])
        capitals = split_multi(caps)
        for c in list(capitals):
            de = exemplar.get(c)
            if de and de not in capitals and ',' not in de:
                capitals.append(de)
        rows.append([a3, iso2, name, official, allv, adj, split_multi(prefixes),
                     split_multi(dm), split_multi(df), split_multi(dpl), capitals])
    rows.sort(key=lambda r: r[0])
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes)), 'duplicate country code'
    write_tsv('countries.tsv',
              ['code', 'iso2', 'name', 'official', 'variants', 'adjectives', 'prefixes',
               'demonym_m', 'demonym_f', 'demonym_pl', 'capitals'], rows,
              ['States: UN members and observers, Kosovo, Taiwan. Generated by tools/lexicon/build.py',
               'from CLDR 48 (Unicode-3.0), i18n-iso-countries and i18n-nationality (MIT) and',
               'hand-written facts in tools/lexicon/countries_hand.txt. Do not edit by hand; edit the inputs.'])
    return rows


# ---------------------------------------------------------------- organisations
def build_organizations():
    rows = []
    for (oid, name, typ, country, parent, aliases) in read_hand(
            os.path.join(HERE, 'organizations_hand.txt'), 6):
        al = [a for a in split_multi(aliases) if a != name]
        rows.append([oid, name, typ, country, parent, al])
    rows.sort(key=lambda r: r[0])
    ids = [r[0] for r in rows]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, f'duplicate organisation ids {dup}'
    write_tsv('organizations.tsv', ['id', 'name', 'type', 'country', 'parent', 'aliases'], rows,
              ['International organisations, institutions, governments and metonyms, parties, media.',
               'Generated by tools/lexicon/build.py from tools/lexicon/organizations_hand.txt (hand-written facts).'])
    return rows


# ---------------------------------------------------------------- persons
CSV_COUNTRY = {
    'Albania': 'ALB', 'Algeria': 'DZA', 'Andorra': 'AND', 'Angola': 'AGO', 'Antigua and Barbuda': 'ATG',
    'Argentina': 'ARG', 'Armenia': 'ARM', 'Australia': 'AUS', 'Austria': 'AUT', 'Azerbaijan': 'AZE',
    'Bahrain': 'BHR', 'Bangladesh': 'BGD', 'Barbados': 'BRB', 'Belarus': 'BLR', 'Belgium': 'BEL',
    'Belize': 'BLZ', 'Benin': 'BEN', 'Bhutan': 'BTN', 'Bolivia': 'BOL', 'Bosnia and Herzegovina': 'BIH',
    'Botswana': 'BWA', 'Brazil': 'BRA', 'Brunei': 'BRN', 'Bulgaria': 'BGR', 'Burkina Faso': 'BFA',
    'Burundi': 'BDI', 'Cambodia': 'KHM', 'Cameroon': 'CMR', 'Canada': 'CAN', 'Cape Verde': 'CPV',
    'Central African Republic': 'CAF', 'Chad': 'TCD', 'Chile': 'CHL', 'Colombia': 'COL', 'Comoros': 'COM',
    'Costa Rica': 'CRI', 'Croatia': 'HRV', 'Cuba': 'CUB', 'Cyprus': 'CYP', 'Czech Republic': 'CZE',
    'Democratic Republic of the Congo': 'COD', 'Djibouti': 'DJI', 'Dominica': 'DMA',
    'Dominican Republic': 'DOM', 'East Timor': 'TLS', 'Ecuador': 'ECU', 'Egypt': 'EGY',
    'El Salvador': 'SLV', 'Equatorial Guinea': 'GNQ', 'Eritrea': 'ERI', 'Estonia': 'EST',
    'Eswatini': 'SWZ', 'Ethiopia': 'ETH', 'Federated States of Micronesia': 'FSM', 'Fiji': 'FJI',
    'Finland': 'FIN', 'France': 'FRA', 'Gabon': 'GAB', 'Georgia': 'GEO', 'Germany': 'DEU', 'Ghana': 'GHA',
    'Greece': 'GRC', 'Grenada': 'GRD', 'Guatemala': 'GTM', 'Guinea': 'GIN', 'Guinea-Bissau': 'GNB',
    'Guyana': 'GUY', 'Haiti': 'HTI', 'Honduras': 'HND', 'Hungary': 'HUN', 'Iceland': 'ISL', 'India': 'IND',
    'Indonesia': 'IDN', 'Iran': 'IRN', 'Iraq': 'IRQ', 'Israel': 'ISR', 'Italy': 'ITA', 'Ivory Coast': 'CIV',
    'Jamaica': 'JAM', 'Japan': 'JPN', 'Jordan': 'JOR', 'Kazakhstan': 'KAZ', 'Kenya': 'KEN',
    'Kingdom of Denmark': 'DNK', 'Kingdom of the Netherlands': 'NLD', 'Kiribati': 'KIR', 'Kosovo': 'XKX',
    'Kuwait': 'KWT', 'Kyrgyzstan': 'KGZ', 'Laos': 'LAO', 'Latvia': 'LVA', 'Lebanon': 'LBN', 'Lesotho': 'LSO',
    'Liberia': 'LBR', 'Libya': 'LBY', 'Liechtenstein': 'LIE', 'Lithuania': 'LTU', 'Luxembourg': 'LUX',
    'Madagascar': 'MDG', 'Malawi': 'MWI', 'Malaysia': 'MYS', 'Maldives': 'MDV', 'Mali': 'MLI',
    'Malta': 'MLT', 'Marshall Islands': 'MHL', 'Mauritania': 'MRT', 'Mauritius': 'MUS', 'Mexico': 'MEX',
    'Moldova': 'MDA', 'Monaco': 'MCO', 'Mongolia': 'MNG', 'Montenegro': 'MNE', 'Morocco': 'MAR',
    'Mozambique': 'MOZ', 'Myanmar': 'MMR', 'Namibia': 'NAM', 'Nauru': 'NRU', 'Nepal': 'NPL',
    'New Zealand': 'NZL', 'Nicaragua': 'NIC', 'Niger': 'NER', 'Nigeria': 'NGA', 'North Korea': 'PRK',
    'North Macedonia': 'MKD', 'Norway': 'NOR', 'Oman': 'OMN', 'Pakistan': 'PAK', 'Palau': 'PLW',
    'Panama': 'PAN', 'Papua New Guinea': 'PNG', 'Paraguay': 'PRY', "People's Republic of China": 'CHN',
    'Peru': 'PER', 'Philippines': 'PHL', 'Poland': 'POL', 'Portugal': 'PRT', 'Qatar': 'QAT',
    'Republic of Ireland': 'IRL', 'Republic of the Congo': 'COG', 'Romania': 'ROU', 'Russia': 'RUS',
    'Rwanda': 'RWA', 'Saint Kitts and Nevis': 'KNA', 'Saint Lucia': 'LCA',
    'Saint Vincent and the Grenadines': 'VCT', 'Samoa': 'WSM', 'San Marino': 'SMR', 'Saudi Arabia': 'SAU',
    'Senegal': 'SEN', 'Serbia': 'SRB', 'Seychelles': 'SYC', 'Sierra Leone': 'SLE', 'Singapore': 'SGP',
    'Slovakia': 'SVK', 'Slovenia': 'SVN', 'Solomon Islands': 'SLB', 'Somalia': 'SOM',
    'South Africa': 'ZAF', 'South Korea': 'KOR', 'South Sudan': 'SSD', 'Spain': 'ESP', 'Sri Lanka': 'LKA',
    'State of Palestine': 'PSE', 'Sudan': 'SDN', 'Suriname': 'SUR', 'Sweden': 'SWE', 'Switzerland': 'CHE',
    'Syria': 'SYR', 'São Tomé and Príncipe': 'STP', 'Taiwan': 'TWN', 'Tajikistan': 'TJK',
    'Tanzania': 'TZA', 'Thailand': 'THA', 'The Bahamas': 'BHS', 'The Gambia': 'GMB', 'Togo': 'TGO',
    'Tonga': 'TON', 'Trinidad and Tobago': 'TTO', 'Tunisia': 'TUN', 'Turkey': 'TUR',
    'Turkmenistan': 'TKM', 'Tuvalu': 'TUV', 'Uganda': 'UGA', 'Ukraine': 'UKR',
    'United Arab Emirates': 'ARE', 'United Kingdom': 'GBR', 'United States of America': 'USA',
    'Uruguay': 'URY', 'Uzbekistan': 'UZB', 'Vanuatu': 'VUT', 'Vatican City': 'VAT', 'Venezuela': 'VEN',
    'Vietnam': 'VNM', 'Yemen': 'YEM', 'Zambia': 'ZMB', 'Zimbabwe': 'ZWE',
    # not states in this lexicon: Abkhazia, Artsakh, Republika Srpska, Sahrawi Republic,
    # Somaliland, South Ossetia, Transnistria, Northern Cyprus
}

HOG_RE = re.compile(r'Prime Minister|Prime minister|Premier|Chancellor|Taoiseach|Chief Minister|'
                    r'Executive Yuan|Minister of State of Monaco|Chairman of the Council of Ministers|'
                    r'Pontifical Commission')
SKIP_POS = re.compile(r'Governor-General|co-prince|Co-Prince|Republika Srpska|military leader')


def csv_office(label):
    if SKIP_POS.search(label):
        return None
    if label == 'President of Iran':  # the Supreme Leader is head of state
        return 'head_of_government'
    if 'Swiss Federal Council' in label:
        return 'minister'
    if HOG_RE.search(label):
        return 'head_of_government'
    return 'head_of_state'


class Person:
    def __init__(self, name, gender, qid):
        self.name, self.gender, self.qid = name, gender, qid
        self.aliases = []
        self.offices = []  # [office, of, start, end, source]

    def key(self):
        return self.qid or self.name


def parse_span(span, where):
    if '..' not in span:
        sys.exit(f'{where}: bad date span {span!r}')
    s, e = span.split('..', 1)
    for d in (s, e):
        if d and not DATE_RE.match(d):
            sys.exit(f'{where}: bad date {d!r}')
    if not s:
        sys.exit(f'{where}: missing start date')
    return s, e


def read_persons():
    persons = []
    for path in sorted(glob.glob(os.path.join(HERE, 'persons_*.txt'))):
        default_of = ''
        with open(path, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                where = f'{os.path.basename(path)}:{n}'
                line = line.strip()
                if not line or line.startswith('#'):
                    continue
                if line.startswith('@'):
                    default_of = line[1:].split()[0]
                    continue
                parts = [p.strip() for p in line.split('|', 3)]
                if len(parts) < 3:
                    sys.exit(f'{where}: need "name | gender | qid | aliases... | offices"')
                name, gender, qid = parts[0], parts[1], parts[2]
                rest = parts[3] if len(parts) > 3 else ''
                # rest = aliases (|-separated) then the last field = offices (;-separated)
                fields = [x.strip() for x in rest.split('|')] if rest else []
                offices_s = ''
                if fields and (re.match(r'^[a-z]+(@[A-Z0-9_]+)? \d', fields[-1]) or fields[-1] == ''):
                    offices_s = fields.pop()
                if gender not in ('m', 'f', ''):
                    sys.exit(f'{where}: gender {gender!r}')
                if qid and not re.match(r'^Q\d+$', qid):
                    sys.exit(f'{where}: qid {qid!r}')
                p = Person(name, gender, qid)
                p.aliases = [a for a in fields if a]
                for spec in [x.strip() for x in offices_s.split(';') if x.strip()]:
                    m = re.match(r'^([a-z]+)(?:@([A-Z0-9_]+))? (\S+)$', spec)
                    if not m or m.group(1) not in OFFICE_CODES:
                        sys.exit(f'{where}: bad office {spec!r}')
                    of = m.group(2) or default_of
                    if not of:
                        sys.exit(f'{where}: no country for {spec!r}')
                    s, e = parse_span(m.group(3), where)
                    p.offices.append([OFFICE_CODES[m.group(1)], of, s, e, 'hand'])
                persons.append(p)
    return persons


def merge_persons(plist):
    """Merge duplicate entries (same QID, or same name without QID)."""
    byq, byname, out = {}, {}, []
    for p in plist:
        tgt = None
        if p.qid and p.qid in byq:
            tgt = byq[p.qid]
        elif fold(p.name) in byname:
            cand = byname[fold(p.name)]
            same_place = (not p.offices or not cand.offices or
                          {o[1] for o in p.offices} & {o[1] for o in cand.offices})
            if (not p.qid or not cand.qid or cand.qid == p.qid) and same_place:
                tgt = cand
            else:
                print(f'note: two different persons named {p.name!r}', file=sys.stderr)
        if tgt is None:
            out.append(p)
            if p.qid:
                byq[p.qid] = p
            byname[fold(p.name)] = p
            continue
        if p.qid and not tgt.qid:
            tgt.qid = p.qid
            byq[p.qid] = tgt
        tgt.gender = tgt.gender or p.gender
        if p.name != tgt.name:
            tgt.aliases.append(p.name)
        tgt.aliases += p.aliases
        tgt.offices += p.offices
    return out


def read_csv_fixes():
    """csv_fixes.txt, one correction of the Wikidata CSV a line:
    'QID end OFFICE OF DATE', 'QID start OFFICE OF DATE', 'QID drop OFFICE OF' (OF may be '*'),
    'QID name NEW NAME', 'QID gender m|f', 'QID skip'."""
    fixes = {}
    path = os.path.join(HERE, 'csv_fixes.txt')
    if not os.path.exists(path):
        return fixes
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.split('#', 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        q, verb = parts[0], parts[1]
        if verb == 'name':
            fixes.setdefault(q, []).append(['name', ' '.join(parts[2:])])
        else:
            if verb in ('end', 'start') and not (len(parts) == 5 and DATE_RE.match(parts[4])):
                sys.exit(f'csv_fixes.txt:{n}: bad line')
            if verb in ('end', 'start', 'drop') and parts[2] not in OFFICE_IDS:
                sys.exit(f'csv_fixes.txt:{n}: unknown office {parts[2]}')
            fixes.setdefault(q, []).append(parts[1:])
    return fixes


def overlap(a_s, a_e, b_s, b_e):
    lo = lambda d: d + '-01-01'[len(d) - 4:] if len(d) < 10 else d
    hi = lambda d: (d + '-12-31'[len(d) - 4:] if len(d) < 10 else d) if d else '9999-12-31'
    return lo(a_s) <= hi(b_e) and lo(b_s) <= hi(a_e)


def phoenix_aliases():
    """Map folded person names from the Phoenix dictionaries to their spellings there."""
    names = {}
    for path in glob.glob(os.path.join(DATA, 'actors', 'Phoenix.*.actors.txt')):
        cur = []
        for line in open(path, encoding='utf-8', errors='replace'):
            line = line.split('#', 1)[0].rstrip()
            if not line.strip():
                continue
            if line[0] not in ' \t+[':
                cur = [line]
            elif line.startswith('+') and cur:
                cur.append(line[1:])
            elif line.strip().startswith('[') and cur:
                forms = []
                for c in cur:
                    c = c.split('[')[0].strip().strip('_').replace('_', ' ').strip()
                    if c:
                        forms.append(c)
                for fm in forms:
                    names.setdefault(fold(fm), set()).update(forms)
                cur = []
    return names


ROLE_WORDS = re.compile(r'\b(PRESIDENT|PRIME|MINISTER|CHANCELLOR|KANZLER|BUNDESKANZLER|SECRETARY|'
                        r'GENERAL|KING|QUEEN|PRINCE|SHEIKH|SHEIK|AYATOLLAH|CHAIRMAN|LEADER|'
                        r'DR|MR|MRS|GEN|COL|ADMIRAL|EMIR|SULTAN|PREMIER|FOREIGN|DEFENSE|DEFENCE|'
                        r'SENATOR|GOVERNOR|AMBASSADOR|SPOKESMAN|SPOKESWOMAN|POPE|U\.?S\.?|UN|THE|OF)\b')


GERMAN_SPEAKING = {'DEU', 'AUT', 'CHE', 'LIE', 'CDU', 'CSU', 'SPD', 'GRUENE', 'FDP', 'AFD', 'LINKE', 'BSW',
                   'OEVP', 'SPOE', 'FPOE', 'GRUENE_AT', 'NEOS', 'DEU_BUNDESTAG', 'DEU_BUNDESBANK'}


def ascii_form(s, german):
    if german:
        for k, v in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('Ä', 'Ae'), ('Ö', 'Oe'), ('Ü', 'Ue'), ('ß', 'ss')):
            s = s.replace(k, v)
    s = s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'Dj')
    s = s.replace('ı', 'i').replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('ð', 'd')
    s = s.replace('þ', 'th').replace('Þ', 'Th').replace('’', "'").replace('ʻ', "'")
    s = unicodedata.normalize('NFKD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if not unicodedata.combining(c)))


def title_case(s):
    return ' '.join(w[:1] + w[1:].lower() if not re.match(r'^[A-Z]\.$', w) else w
                    for w in s.split())


def build_persons(country_codes, org_ids):
    persons = merge_persons(read_persons())
    fixes = read_csv_fixes()
    byq = {p.qid: p for p in persons if p.qid}
    byfold = {}
    for p in persons:
        for nm in [p.name] + p.aliases:
            byfold.setdefault(fold(nm), []).append(p)

    path = os.path.join(DATA, 'actors', 'epscrapers_world-leaders_wikidata_2022.csv')
    csv_rows = list(csv.DictReader(open(path, encoding='utf-8')))
    added = []
    for r in csv_rows:
        a3 = CSV_COUNTRY.get(r['country'])
        office = csv_office(r['positionLabel'])
        qid, label = r['officeholder'], r['officeholderLabel']
        if not a3 or not office or re.match(r'^Q\d+$', label):
            continue
        fx = fixes.get(qid, [])
        if any(f[0] == 'skip' for f in fx):
            continue
        p = byq.get(qid)
        if p is None:
            # a hand-written person without QID, same name, with an office of that country
            cands = list({id(c): c for c in byfold.get(fold(label), []) if not c.qid
                          and (not c.offices or any(o[1] == a3 for o in c.offices))}.values())
            if len(cands) == 1:
                p = cands[0]
                p.qid = qid
                byq[qid] = p
        if p is None:
            name = label
            for f in fx:
                if f[0] == 'name':
                    name = f[1]
            p = Person(name, '', qid)
            if name != label:
                p.aliases.append(label)
            for f in fx:
                if f[0] == 'gender':
                    p.gender = f[1]
            persons.append(p)
            byq[qid] = p
            added.append(p)
        elif fold(label) not in {fold(x) for x in [p.name] + p.aliases}:
            p.aliases.append(label)
        s, e = r['start_year'], r['end_year']
        drop = False
        for f in fx:
            if f[0] in ('end', 'start', 'drop') and f[1] == office and f[2] in (a3, '*'):
                if f[0] == 'end':
                    e = f[3]
                elif f[0] == 'start':
                    s = f[3]
                else:
                    drop = True
        if drop:
            continue
        # the hand-written record of the same office wins
        if any(o[0] == office and o[1] == a3 and o[4] == 'hand' and overlap(o[2], o[3], s, e or s)
               for o in p.offices):
            continue
        if any(o[0] == office and o[1] == a3 and o[2][:4] == s and o[3][:4] == e for o in p.offices):
            continue
        p.offices.append([office, a3, s, e, 'csv'])

    # close open CSV offices when a later holder of the same single-seat office is known
    multi = {'minister'}
    seats = {}
    for p in persons:
        for o in p.offices:
            seats.setdefault((o[0], o[1]), []).append((o[2], p, o))
    for (office, of), lst in seats.items():
        if office in multi or of in ('SMR', 'CHE', 'BIH', 'ARE', 'AND'):
            continue
        for s, p, o in lst:
            if o[4] != 'csv' or o[3]:
                continue
            later = sorted(s2 for s2, p2, o2 in lst if p2 is not p and
                           (s2[:4] > s[:4] or (s2[:4] == s[:4] and len(s2) == 10 and len(s) == 4)))
            if later:
                o[3] = later[0]
    # aliases from the Phoenix dictionaries (ASCII / English spellings of the same person)
    ph = phoenix_aliases()
    for p in persons:
        known = {fold(x) for x in [p.name] + p.aliases}
        extra = set()
        for nm in [p.name] + p.aliases:
            for form in ph.get(fold(nm), ()):
                if ROLE_WORDS.search(form) or len(form.split()) < 2:
                    continue
                tc = title_case(form)
                if fold(tc) not in known and re.match(r"^[A-Za-z .'-]+$", tc):
                    extra.add(tc)
        # keep Phoenix variants whose surname is one the person already has (drops typos)
        surnames = set()
        for nm in [p.name] + p.aliases:
            w = nm.split()[-1]
            surnames.update({fold(w), fold(w).replace('oe', 'o').replace('ae', 'a').replace('ue', 'u')})
        for tc in sorted(extra):
            last = fold(tc.split()[-1])
            if last in surnames or last.replace('oe', 'o').replace('ae', 'a').replace('ue', 'u') in surnames:
                p.aliases.append(tc)
                known.add(fold(tc))
        # plain-ASCII spelling (German umlauts as ae/oe/ue for German-speaking states)
        german = any(o[1] in GERMAN_SPEAKING for o in p.offices)
        for nm in [p.name] + list(p.aliases):
            a = ascii_form(nm, german)
            if a != nm and a not in p.aliases:
                p.aliases.append(a)

    prow, orow = [], []
    for p in persons:
        al = []
        seen = {p.name}
        for a in p.aliases:
            if a not in seen and a != p.name:
                seen.add(a)
                al.append(a)
        prow.append([p.qid, p.name, p.gender, al])
        key = p.qid or p.name
        seen_o = set()
        for o in p.offices:
            t = (o[0], o[1], o[2], o[3])
            if t in seen_o:
                continue
            seen_o.add(t)
            orow.append([key, o[0], o[1], o[2], o[3]])
    prow.sort(key=lambda r: (fold(r[1]), r[0]))
    orow.sort(key=lambda r: (r[2], r[1], r[3], r[0]))
    write_tsv('persons.tsv', ['qid', 'name', 'gender', 'aliases'], prow,
              ['Persons. Generated by tools/lexicon/build.py from hand-written facts (tools/lexicon/persons_*.txt),',
               'Wikidata (CC0) via epscrapers world leaders 2022 (QIDs) and PETRARCH2 Phoenix spellings (MIT).'])
    write_tsv('offices.tsv', ['person', 'office', 'of', 'start', 'end'], orow,
              ['Who held which office, when. Generated by tools/lexicon/build.py (see persons.tsv).'])
    return prow, orow, added


def main():
    os.makedirs(OUT, exist_ok=True)
    crow = build_countries()
    org = build_organizations()
    prow, orow, added = build_persons({r[0] for r in crow}, {r[0] for r in org})
    if '--verbose' in sys.argv:
        for p in added:
            print('csv-only:', p.qid, p.name, [o for o in p.offices])


if __name__ == '__main__':
    main()
