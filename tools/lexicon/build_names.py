#!/usr/bin/env python3
"""Generate src/lexicon/data/given_names.tsv (stdlib only).

Sources (see NAMES_ATTRIBUTION.txt):
  ../shared/data/names/vornamen_berlin_koeln_leipzig.tsv   (CC BY 3.0 DE / dl-de/by-2-0:
      open data of Berlin, Köln and Leipzig): names with count >= MIN_COUNT
  ../shared/data/names/faker_person_names.json (MIT): first names of de_DE, de_AT, de_CH;
      uk_UA and ru_RU transliterated into German spelling (Duden-style)
  INTERNATIONAL below: given names of politicians and public figures, written by hand.
Dropped: STOP (capitalised German words, function words, months, places, titles, frequent
surnames and surname-first names) and names that are not written in Latin letters.
Gender: m, f, or u where the name is used for both sexes (UNISEX) or is m in one source and
f in another.

    python3 tools/lexicon/build_names.py [--shared DIR] [--out PATH]
"""
import argparse
import csv
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
DEFAULT_OUT = os.path.join(ROOT, 'src', 'lexicon', 'data', 'given_names.tsv')
DEFAULT_SHARED = os.path.normpath(os.path.join(ROOT, '..', 'shared'))

MIN_COUNT = 3   # births registered in Berlin+Köln+Leipzig over all years in the data

# Capitalised words that are names in the sources but in German news far more often
# something else. Function words at sentence start (An, Nur, Will, Solange), nouns
# (Art, Mine, Marine, Tore, Engel, Wolf), months (Mai, Juni, Juli, August, April),
# places (Paris, Berlin, Kuba, Israel, Rio), titles (Sultan, Prince, King, Junior),
# frequent surnames (Cameron, Johnson, Haider, Hussein, Abbas, Erdogan, Cruz, Silva)
# and East Asian surnames that open surname-first names (Kim, Li, Xi, Lee, Moon ...).
STOP = set("""
Al Allen Alpha Amen An Anders Anno Art April Atlas Aura August Aviv Bade Belle Berlin Bin
Bosse Chi Christ Darin Deren Don Eden Eitel Elan Elba Engel Fee Florenz Francisco Friede
Gala Gottlob Hai Hellen Hagen Heide Holm Ion Islam Allah Jul Juli Juni Junior Kader Kali Klee
Kuba Laure Lava Lilien Lille Lima Linde Lila Line Lira Love Lumen Lyon Mai Mali Marine
Marino Medina Melodie Mentor Mercedes Min Mine Mio Mir Moon Nil Nova Nur Olympia Pan Paris
Pelle Per Phi Prince King Queen Ren Rio Rose Rubin Saga San Sanaa Sang Santiago Seher Seif
Silvester Sky Sole Solange Summer Sun Sydney Tibet Tiger Tore Traute Trudel Tu Tue Valencia
Van Vornamen Ward Will Wolke Wolf York Zion Kläre Violette Urban Angel Baptist Achilles
Albion Apollo Artemis Hera Isis Jupiter Orion Sirius Wotan Platon Darwin Edison Lennon
Lincoln Johnson Robinson Davis Jackson Cameron Cruz Silva Chelsea Madison Virginia Carolina
Georgia Haider Hussein Abbas Arafat Erdogan Erdoğan Frey Lenz Khan Tran Yang Ming Yen Sultan
Mac Kim Li Xi Lee Park Jiang Wang Zhang Liu Chen Nguyen Nguyễn Trần Phạm Le Lê Vu Vũ Ly My
Israel Jesus Jihad Ramadan Oscar Aslan Riad Mecca Kairo Dubai Alp Rune Amor Fortuna
Himmel Sonne Stern Glück Frieden Sieg Berg See Weil Kurz Am Der Bei Mit Uhr Heil Merz
Europa Amerika Afrika Asia Kenia Jamaika India Kongo Sahara Adria Florida Texas Dakota Aspen
Hope Joy Honey Happy Sunny Rain River Storm Star Sonny Lucky Fancy Angel Dream Diamond
Rocky Bambi Teddy Cookie Candy Kiss Sugar Kaiser Graf Fürst Herzog Ritter Lord Duke Earl
Bishop Pope Major General Marshal Sergeant Santa Sankt Saint Sir Mister Doktor Pastor
Hermes Merkur Mars Venus Luna Sol Terra Gaia Eos Nike Athene Athena Minerva Juno Iris
Les La Los Las Del Da De Di Du El Il Lo Emir Dementi Rand Olive Kamel Elle Milane Romane Arie Hades Zeus Odin Freya Loki Ares Apollon Merlin Thor Titan Phoenix Phönix Atlas
""".split())
# keep despite looking like a word: real given names frequent in news
KEEP = set("""Mark Ernst Franz Kurt Max Rosa Bill Iris Merlin Thor Luna""".split())

UNISEX = set("""
Andrea Nicola Jo Sascha Eike Toni Luca Mika Noa Alex Charlie Sam Jean Dominique Claude
Camille Michele Simone Gabriele Daniele Emanuele Kelly Jamie Taylor Jordan Morgan Robin
Kris Chris Sandy Kay Eli Nikita Maxi Ariel Laurence Leslie Mischa Sasha Joan Ashley
Alexis Andrie Billie Bobbie Carey Dana Eden Elia Gerrit Jessie Kai Kim Lou Luka Marian
Mattie Micha Nicky Niki Noel Ole Quinn Remi René Rene Sage Sidney Sydney Tony Yael Yuval
Yuki Jona Joscha Fynn Lenny Pascale Dylan Elliot Elliott Emery Finley Jules Jody Lio Mio
Noah Nour Nur Sami Hilal Deniz Derya Evren Ümit Umut Nevin Aylin Aydın Ozan Özgür Bora Can
""".split())
FORCE = {  # gender fixed from knowledge where a source is misleading
    'Andrea': 'u', 'Nicola': 'u', 'Maria': 'f', 'Jan': 'm', 'Kai': 'm', 'Luca': 'u',
    'Toni': 'u', 'Ole': 'm', 'Noah': 'm', 'Lou': 'u', 'Can': 'm', 'Deniz': 'u',
    'Marian': 'u', 'Eli': 'u', 'Lio': 'm', 'Sydney': 'u', 'Gerrit': 'm', 'Jona': 'm',
    'Joscha': 'm', 'Fynn': 'm', 'Lenny': 'm', 'Dylan': 'm', 'Noel': 'm', 'René': 'm',
    'Rene': 'm', 'Tony': 'm', 'Micha': 'm', 'Elia': 'u', 'Luka': 'm', 'Sami': 'm',
    'Ada': 'f', 'Jasmin': 'f', 'Wendelin': 'm', 'Henri': 'm', 'Hanni': 'f', 'Carmine': 'm',
    'Mina': 'f', 'Nikol': 'm', 'Kemi': 'f',
}

# Given names of politicians and public figures, German spelling where news use one.
INTERNATIONAL = """
m: Wolodymyr Wladimir Sergej Sergei Dmitri Dmitrij Dmytro Andrij Andrej Andrei Witali Vitali
m: Oleksandr Olexander Olexandr Alexej Alexei Michail Mychajlo Jewgeni Jewgenij Jewhen Juri Jurij
m: Nikolai Nikolaj Pjotr Iwan Ivan Denys Denis Ruslan Rustem Kyrylo Kirill Arsenij Petro Walerij
m: Waleri Anatolij Anatoli Leonid Gennadi Ramsan Ilja Wjatscheslaw Wassili Wiktor Viktor Serhij
m: Oleksij Olexij Ihor Igor Taras Bohdan Heorhij Mykola Mykhailo Wadym Wadim Stepan Pawlo Pawel
m: Wassyl Arkadi Jakow Grigori Fjodor Timofei Stanislaw Lew Semjon Jaroslaw Wladislaw Walentin
m: Konstantin Oleg Maxim Alexander Roman Jewgeni Sergiy Wolodimir Volodymyr Vladimir Dmitry
m: Keir Rishi Nigel Jeremy Ed Wes Pat Tony Gordon Boris David John
m: Emmanuel François Édouard Gabriel Michel Sébastien Jean-Noël Jean-Luc Jean-Yves Éric Bruno
m: Gérald Jordan Nicolas Raphaël Manuel Jean-Marie Jean-Pierre Jean-Claude Jacques Laurent
m: Friedrich Olaf Robert Christian Karl Lars Markus Hendrik Jens Jonas Ulf Magnus Petteri
m: Sauli Antonio António Pedro Matteo Sergio Mario Giuseppe Silvio Enrico Paolo Romano Carlo
m: Ignazio Adolfo Xavier Bart Mark Dick Geert Frans Wopke Rob Henri Luc Alexander Guy Beat
m: Albert Martin Ignazio Donald Joe Marco James Pete Steve Keith Mike Lindsey Barack Bernie
m: Kevin Chuck Mitch Ron Vivek Elon Hakeem Hakan Recep Tayyip Mevlüt Benjamin Jitzchak
m: Isaac Naftali Jair Gideon Itamar Bezalel Jisrael Mahmud Mahmoud Jahja Ismail Chaled Chalil
m: Baschar Ahmed Ahmad Abdel Abdullah Fattah Mohammed Mohammad Muhammad Ali Hassan Ebrahim
m: Masud Massud Narendra Shehbaz Imran Fumio Shigeru Shinzo Luiz Javier Gustavo Andrés
m: Nicolás Alberto Tedros Josep Charles Christopher Anthony Justin Pierre Cyril Bola Abiy
m: Paul Félix William Emmerson Yoweri Prabowo Anwar Ferdinand Nayib Gabriel Tamim Faisal
m: Salman Nabih Naim Joseph Nawaf Ayman Hamad Ali Hossein Mohsen Dschawad
m: Andrzej Radosław Radoslaw Władysław Wladyslaw Mateusz Jarosław Jaroslaw Karol Szymon
m: Rafał Rafal Gitanas Edgars Alar Kristen Micheál Leo Simon Nikol Ilham Irakli Igor Dorin
m: Klaus Nicușor Marcel Ilie Rumen Aleksandar Edi Albin Milorad Zoran Petr Miloš Milos Péter
m: Viktor Robert Peter Herbert Werner Andreas Sebastian Norbert Gerhard Magnus Alexander
m: Armin Tino Hubert Cem Omid Carsten Johann Boris Winfried Wolfgang Olaf Heiko Hubertus
m: Sigmar Frank-Walter Horst Thomas Jörg Reinhold Günter Joschka Gregor Dietmar Lothar
m: Kai Jan Philipp Tilman Lars Bijan Matthias Jürgen Karl-Theodor Alexander
m: Nils
f: Olena Julija Julia Iryna Irina Oksana Halyna Natalija Natalja Lessja Tatjana Swetlana Olga
f: Jelena Ljudmila Darja Jekaterina Xenia Ksenia Galina Nadeschda Veronika Walentina Elwira
f: Marija Maria Ella Alla Alina Anastasia Anastassija Jewgenija Lidia Tamara Inna Larissa
f: Ursula Kaja Giorgia Elly Roberta Christine Kristalina Annalena Nancy Svenja Saskia Ricarda
f: Alice Sahra Katarina Katherina Lisa Bärbel Julia Beate Claudia Leonore Doris Pamela
f: Johanna Mette Sanna Magdalena Ingrida Evika Salome Maia Maya Vjosa Ana Zuzana Yolanda
f: Isabel Isabelle Catherine Ségolène Valérie Anne Rachida Élisabeth Elisabeth Marine Mary
f: Michelle Kamala Hillary Nikki Kristi Karoline Tulsi Pam Liz Theresa Rachel
f: Yvette Angela Kemi Priti Suella Jacinda Chrystia Mélanie Claudia Cristina Dilma Sanae
f: Karin Viola Elisabeth Ilse Carmen Margarethe Margrethe Mette-Marie Ylva Magdalena
f: Kersti Kaja Ursula Dunja Agnieszka Małgorzata Malgorzata Beata Ewa Marta Katarzyna
f: Franziska Lisa Svenja Nancy Manuela Katrin Bettina Anke Steffi Serap Aydan Reem Hala
f: Emine Meral Asma Ranja Rania Zehra Golda Tzipi Ayelet Miri Orit Sigrid Sahra Aminata
f: Benazir Indira Sonia Nirmala Pratibha Droupadi
u: Andrea Nicola Sascha Jo Kim Dominique Eike Toni Mischa Luca Michele Simone
"""

LATIN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’]+)?$")

# ---- Cyrillic -> German transliteration (Duden-style, as German news write names)
RU = {'а': 'a', 'б': 'b', 'в': 'w', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'jo', 'ж': 'sch',
      'з': 's', 'и': 'i', 'й': 'j', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p',
      'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'ch', 'ц': 'z', 'ч': 'tsch',
      'ш': 'sch', 'щ': 'schtsch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'ju', 'я': 'ja'}
UK = dict(RU)
UK.update({'г': 'h', 'ґ': 'g', 'е': 'e', 'є': 'je', 'и': 'y', 'і': 'i', 'ї': 'ji', "'": '',
           '’': '', 'ʼ': ''})
VOW_CYR = set('аеёиоуыэюяєіїАЕЁИОУЫЭЮЯЄІЇ')


def translit(word, lang):
    table = UK if lang == 'uk' else RU
    w = word.lower()
    out = []
    for i, ch in enumerate(w):
        prev = w[i - 1] if i else ''
        nxt = w[i + 1] if i + 1 < len(w) else ''
        if lang == 'ru' and ch == 'е' and (i == 0 or prev in VOW_CYR or prev in 'ъь'):
            out.append('je')
        elif ch == 'й' and i == len(w) - 1 and prev == 'и' and lang == 'ru':
            out.append('')                            # Дмитрий -> Dmitri
        elif ch == 'й' and i == len(w) - 1 and prev == 'ы':
            out.append('')
        elif ch == 'й' and prev == 'а' and i == len(w) - 1 and lang == 'ru':
            out.append('i')                           # Николай -> Nikolai
        elif ch == 'с' and prev in VOW_CYR and nxt in VOW_CYR:
            out.append('ss')                          # Василий -> Wassili
        elif ch == 'к' and nxt == 'с' and lang == 'ru':
            out.append('x')                           # Александр -> Alexandr
        elif ch == 'с' and prev == 'к' and lang == 'ru':
            out.append('')
        elif ch == 'ь' and nxt in ('о',):
            out.append('j')                           # Ильо -> rare
        else:
            out.append(table.get(ch, ch))
    s = ''.join(out)
    s = s.replace('ksandr', 'xandr') if lang == 'ru' else s
    if lang == 'ru' and s.endswith('xandr'):
        s = s[:-1] + 'er'                             # Alexandr -> Alexander
    return s[:1].upper() + s[1:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', default=DEFAULT_SHARED)
    ap.add_argument('--out', default=DEFAULT_OUT)
    a = ap.parse_args()
    names_dir = os.path.join(a.shared, 'data', 'names')

    genders = {}        # name -> set of genders seen
    origin = {}

    def add(name, g, src):
        name = unicodedata.normalize('NFC', name.strip())
        if not name or not LATIN.match(name):
            return
        if name in STOP and name not in KEEP:
            return
        genders.setdefault(name, set()).add(g)
        origin.setdefault(name, set()).add(src)

    with open(os.path.join(names_dir, 'vornamen_berlin_koeln_leipzig.tsv'), encoding='utf-8') as fh:
        for r in csv.DictReader(fh, delimiter='\t'):
            if int(r['count']) >= MIN_COUNT:
                add(r['vorname'], 'f' if r['sex'] == 'w' else 'm', 'cities')
    with open(os.path.join(names_dir, 'faker_person_names.json'), encoding='utf-8') as fh:
        fk = json.load(fh)
    for loc in ('de_DE', 'de_AT', 'de_CH'):
        for n in fk[loc]['first_names_male']:
            add(n, 'm', 'faker')
        for n in fk[loc]['first_names_female']:
            add(n, 'f', 'faker')
    for loc, lang in (('uk_UA', 'uk'), ('ru_RU', 'ru')):
        for n in fk[loc]['first_names_male']:
            add(translit(n, lang), 'm', 'faker-translit')
        for n in fk[loc]['first_names_female']:
            add(translit(n, lang), 'f', 'faker-translit')
    for line in INTERNATIONAL.strip().split('\n'):
        g, rest = line.split(':', 1)
        for n in rest.split():
            add(n, g.strip(), 'hand')

    rows = []
    for n in sorted(genders):
        gs = genders[n]
        if n in FORCE:
            g = FORCE[n]
        elif n in UNISEX or 'u' in gs or len(gs) > 1:
            g = 'u'
        else:
            g = next(iter(gs))
        rows.append((n, g))
    with open(a.out, 'w', encoding='utf-8') as fh:
        fh.write('# given_names.tsv — first names for recognising persons the lexicon does not know.\n')
        fh.write('# GENERATED by tools/lexicon/build_names.py; edit the script, not this file.\n')
        fh.write('# Sources: given-name statistics of Berlin, Köln and Leipzig (CC BY 3.0 DE /\n')
        fh.write('# dl-de/by-2-0, see tools/lexicon/NAMES_ATTRIBUTION.txt), Faker (MIT) and hand-written\n')
        fh.write(f'# names of public figures. Names with fewer than {MIN_COUNT} registrations are left out,\n')
        fh.write('# and so are names that are mostly German words, places, titles or surnames.\n')
        fh.write('name\tgender\n')
        for n, g in rows:
            fh.write(f'{n}\t{g}\n')
    from collections import Counter
    c = Counter(g for _, g in rows)
    print(f'{a.out}: {len(rows)} names ({dict(c)})', file=sys.stderr)


if __name__ == '__main__':
    main()
