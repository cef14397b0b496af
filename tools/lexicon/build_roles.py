#!/usr/bin/env python3
"""Generate src/lexicon/data/roles.tsv: German role nouns with all case forms (stdlib only).

Table format, one role noun a line, fields separated by ' ; ':
    office ; countries ; noun (masc. nom. sg.) ; declension [; feminine stem override ; plural override]
declension classes (masculine; the feminine is stem+in, plural stem+innen):
    er    strong, plural = singular      Minister|Ministers, pl Minister|Ministern
    weak  n-declension                   Präsident|Präsidenten, Experte|Experten
    e:PL  strong, plural in -e (PL = nominative plural, may carry umlaut)
                                         General|Generals, pl Generäle|Generälen
    s     plural in -s                   Chef|Chefs, pl Chefs
    or    -or nouns                      Direktor|Direktors, pl Direktoren
    adj   adjectival noun                Abgeordnete|Abgeordneter|Abgeordneten
    none  as written (no oblique forms)
feminine override: `-` for no feminine, or the feminine nominative (Staatsanwältin).
Office ids as in src/lexicon/data/README.md; empty = a role that is no office.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'lexicon', 'data', 'roles.tsv'))

ROLES = r"""
# ---- heads of state
head_of_state ; ; Präsident ; weak
head_of_state ; ; Staatspräsident ; weak
head_of_state ; DEU|AUT|CHE ; Bundespräsident ; weak
head_of_state ; ; Staatschef ; s
head_of_state ; ; Staatsoberhaupt ; none ; - ; Staatsoberhäupter|Staatsoberhäuptern
head_of_state ; RUS ; Kremlchef ; s
head_of_state ; RUS ; Kreml-Chef ; s
head_of_state ; ; König ; e:Könige
head_of_state ; ; Monarch ; weak
head_of_state ; ; Kaiser ; er
head_of_state ; ; Emir ; e:Emire
head_of_state ; VAT ; Papst ; e:Päpste ; -
head_of_state ; IRN ; Revolutionsführer ; er
head_of_state ; ; Machthaber ; er
; ; Präsidentschaftskandidat ; weak
# ---- heads of government
head_of_government ; ; Ministerpräsident ; weak
head_of_government ; ; Regierungschef ; s
head_of_government ; ; Premier ; s
head_of_government ; ; Premierminister ; er
head_of_government ; DEU|AUT ; Kanzler ; er
head_of_government ; DEU|AUT ; Bundeskanzler ; er
head_of_government ; ; Regierungsoberhaupt ; none ; - ; Regierungsoberhäupter
deputy_head_of_government ; DEU|AUT ; Vizekanzler ; er
deputy_head_of_government ; ; Vizepremier ; s
deputy_head_of_government ; ; Vize-Premier ; s
deputy_head_of_government ; ; Vizepremierminister ; er
deputy_head_of_government ; ; Vizeregierungschef ; s
deputy_head_of_government ; ; Vizeministerpräsident ; weak
# ---- ministers
foreign_minister ; ; Außenminister ; er
foreign_minister ; DEU ; Bundesaußenminister ; er
foreign_minister ; ; Chefdiplomat ; weak
foreign_minister ; ; Außenamtschef ; s
defence_minister ; ; Verteidigungsminister ; er
defence_minister ; DEU ; Bundesverteidigungsminister ; er
defence_minister ; ; Kriegsminister ; er
defence_minister ; USA ; Pentagonchef ; s
defence_minister ; USA ; Pentagon-Chef ; s
interior_minister ; ; Innenminister ; er
interior_minister ; DEU ; Bundesinnenminister ; er
finance_minister ; ; Finanzminister ; er
finance_minister ; DEU ; Bundesfinanzminister ; er
finance_minister ; GBR ; Schatzkanzler ; er
economy_minister ; ; Wirtschaftsminister ; er
economy_minister ; DEU ; Bundeswirtschaftsminister ; er
economy_minister ; ; Handelsminister ; er
justice_minister ; ; Justizminister ; er
justice_minister ; DEU ; Bundesjustizminister ; er
minister ; ; Minister ; er
minister ; DEU|AUT ; Bundesminister ; er
minister ; ; Gesundheitsminister ; er
minister ; DEU ; Bundesgesundheitsminister ; er
minister ; ; Arbeitsminister ; er
minister ; DEU ; Bundesarbeitsminister ; er
minister ; ; Sozialminister ; er
minister ; ; Umweltminister ; er
minister ; ; Klimaminister ; er
minister ; ; Klimaschutzminister ; er
minister ; ; Energieminister ; er
minister ; ; Bildungsminister ; er
minister ; ; Wissenschaftsminister ; er
minister ; ; Kulturminister ; er
minister ; ; Verkehrsminister ; er
minister ; ; Landwirtschaftsminister ; er
minister ; ; Agrarminister ; er
minister ; ; Familienminister ; er
minister ; ; Frauenminister ; er
minister ; ; Entwicklungsminister ; er
minister ; DEU ; Entwicklungshilfeminister ; er
minister ; ; Europaminister ; er
minister ; ; Digitalminister ; er
minister ; ; Bauminister ; er
minister ; ; Integrationsminister ; er
minister ; ; Migrationsminister ; er
minister ; ; Staatsminister ; er
minister ; DEU ; Kanzleramtsminister ; er
minister ; DEU ; Kanzleramtschef ; s
minister ; ; Ressortchef ; s
minister ; ; Vizeminister ; er
minister ; ; Vize-Minister ; er
minister ; ; Staatssekretär ; e:Staatssekretäre
# ---- spokespeople
government_spokesperson ; ; Regierungssprecher ; er
government_spokesperson ; RUS ; Kremlsprecher ; er
government_spokesperson ; RUS ; Kreml-Sprecher ; er
government_spokesperson ; ; Präsidentensprecher ; er
government_spokesperson ; ; Präsidialamtssprecher ; er
foreign_ministry_spokesperson ; ; Außenamtssprecher ; er
foreign_ministry_spokesperson ; ; Außenministeriumssprecher ; er
; ; Sprecher ; er
; ; Pressesprecher ; er
; ; Polizeisprecher ; er
; ; Militärsprecher ; er
; ; Armeesprecher ; er
; ; Ministeriumssprecher ; er
; ; Parteisprecher ; er
; ; Fraktionssprecher ; er
; ; Pressesprecher ; er
; ; Unternehmenssprecher ; er
; ; Konzernsprecher ; er
; ; Behördensprecher ; er
; ; Gerichtssprecher ; er
; ; Botschaftssprecher ; er
# ---- international organisations, envoys
secretary_general ; ; Generalsekretär ; e:Generalsekretäre
special_envoy ; ; Sondergesandter ; adj
special_envoy ; ; Sonderbeauftragter ; adj
special_envoy ; ; Sonderbotschafter ; er
special_envoy ; ; Gesandter ; adj
; ; Beauftragter ; adj
; ; Regierungsbeauftragter ; adj
ambassador ; ; Botschafter ; er
president ; EU ; Kommissionspräsident ; weak
president ; EU ; Kommissionschef ; s
president ; EU ; Ratspräsident ; weak
president ; ; Parlamentspräsident ; weak
president ; DEU ; Bundestagspräsident ; weak
president ; AUT ; Nationalratspräsident ; weak
president ; ; Parlamentschef ; s
president ; ; Notenbankchef ; s
president ; ; Zentralbankchef ; s
president ; ; Vorstandsvorsitzender ; adj
high_representative ; EU ; Außenbeauftragter ; adj
; ; Kommissar ; e:Kommissare
; ; Unterhändler ; er
; ; Chefunterhändler ; er
; ; Verhandlungsführer ; er
; ; Vermittler ; er
; ; Berater ; er
; ; Sicherheitsberater ; er
; ; Sonderberater ; er
; ; Vertreter ; er
; ; Regierungsvertreter ; er
; ; Delegationsleiter ; er
# ---- parties and parliament
party_leader ; ; Parteichef ; s
party_leader ; ; Parteivorsitzender ; adj
party_leader ; ; Vorsitzender ; adj
party_leader ; ; Bundesvorsitzender ; adj
party_leader ; ; Co-Vorsitzender ; adj
party_leader ; ; Kovorsitzender ; adj
party_leader ; ; Parteiführer ; er
party_leader ; ; Parteiobmann ; none ; Parteiobfrau ; Parteiobleute|Parteiobmänner
party_leader ; ; Bundesparteiobmann ; none ; Bundesparteiobfrau ; -
opposition_leader ; ; Oppositionsführer ; er
opposition_leader ; ; Oppositionschef ; s
; ; Fraktionschef ; s
; ; Fraktionsvorsitzender ; adj
; ; Klubobmann ; none ; Klubobfrau ; Klubobleute|Klubobmänner
; ; Spitzenkandidat ; weak
; ; Kanzlerkandidat ; weak
; ; Abgeordneter ; adj
; ; Bundestagsabgeordneter ; adj
; ; Europaabgeordneter ; adj
; ; Parlamentarier ; er
; ; Senator ; or
; USA ; Kongressabgeordneter ; adj
; ; Oppositionspolitiker ; er
; ; Oppositioneller ; adj
; ; Politiker ; er
# ---- regional and local
; ; Bürgermeister ; er
; ; Oberbürgermeister ; er
; ; Gouverneur ; e:Gouverneure
; ; Militärgouverneur ; e:Militärgouverneure
; ; Regionalgouverneur ; e:Regionalgouverneure
; ; Gebietsgouverneur ; e:Gebietsgouverneure
; AUT ; Landeshauptmann ; none ; Landeshauptfrau ; Landeshauptleute
; ; Regierungspräsident ; weak
; ; Landrat ; none ; Landrätin ; Landräte|Landräten
# ---- military and security
chief_of_staff ; ; Generalstabschef ; s
chief_of_staff ; ; Armeechef ; s
chief_of_staff ; ; Militärchef ; s
chief_of_staff ; ; Stabschef ; s
chief_of_staff ; ; Oberbefehlshaber ; er
chief_of_staff ; ; Oberkommandierender ; adj
; ; General ; e:Generäle
; ; Befehlshaber ; er
; ; Kommandeur ; e:Kommandeure
; ; Kommandant ; weak
; ; Offizier ; e:Offiziere
; ; Geheimdienstchef ; s
; ; Polizeichef ; s
; ; Polizeipräsident ; weak
# ---- experts and other sources (no office)
; ; Experte ; weak
; ; Sicherheitsexperte ; weak
; ; Militärexperte ; weak
; ; Russland-Experte ; weak
; ; Wirtschaftsexperte ; weak
; ; Völkerrechtsexperte ; weak
; ; Fachmann ; none ; Fachfrau ; Fachleute|Fachmänner
; ; Analyst ; weak
; ; Politologe ; weak
; ; Politikwissenschaftler ; er
; ; Wissenschaftler ; er
; ; Forscher ; er
; ; Konfliktforscher ; er
; ; Historiker ; er
; ; Ökonom ; weak
; ; Wirtschaftswissenschaftler ; er
; ; Volkswirt ; e:Volkswirte
; ; Chefvolkswirt ; e:Chefvolkswirte
; ; Diplomat ; weak
; ; Beamter ; adj ; Beamtin
; ; Regierungsbeamter ; adj ; Regierungsbeamtin
; ; Chef ; s
; ; Leiter ; er
; ; Direktor ; or
; ; Staatsanwalt ; e:Staatsanwälte ; Staatsanwältin
; ; Oberstaatsanwalt ; e:Oberstaatsanwälte ; Oberstaatsanwältin
; ; Generalstaatsanwalt ; e:Generalstaatsanwälte ; Generalstaatsanwältin
; ; Generalbundesanwalt ; e:Generalbundesanwälte ; Generalbundesanwältin
; ; Anwalt ; e:Anwälte ; Anwältin
; ; Rechtsanwalt ; e:Rechtsanwälte ; Rechtsanwältin
; ; Richter ; er
; ; Ermittler ; er
; ; Gewerkschaftschef ; s
; ; Gewerkschafter ; er
; ; Bischof ; e:Bischöfe ; Bischöfin
; ; Erzbischof ; e:Erzbischöfe ; Erzbischöfin
; ; Patriarch ; weak
; ; Kardinal ; e:Kardinäle ; -
; ; Konzernchef ; s
; ; Vorstandschef ; s
; ; Firmenchef ; s
; ; Aktivist ; weak
; ; Menschenrechtler ; er
; ; Kritiker ; er
; ; Beobachter ; er
; ; Insider ; er
; ; Augenzeuge ; weak
; ; Journalist ; weak
; ; Korrespondent ; weak
; ; Ökonom ; weak
; ; Ombudsmann ; none ; Ombudsfrau ; Ombudsleute|Ombudsmänner
; ; Kronprinz ; weak ; Kronprinzessin
; ; Prinz ; weak ; Prinzessin
; ; Minderheitsführer ; er
; ; Mehrheitsführer ; er
; ; Vizepräsident ; weak
# ---- additions from a coverage pass over German and Austrian news
head_of_state ; PSE ; Palästinenserpräsident ; weak
head_of_state ; ; Thronfolger ; er
minister ; ; Industrieminister ; er
minister ; ; Infrastrukturminister ; er
minister ; ; Sportminister ; er
minister ; ; Informationsminister ; er
minister ; ; Vizeaußenminister ; er
minister ; ; Vizeverteidigungsminister ; er
minister ; DEU ; Bundesverkehrsminister ; er
minister ; DEU ; Bundesbildungsminister ; er
minister ; DEU ; Bundesumweltminister ; er
minister ; DEU ; Bundesfamilienminister ; er
minister ; DEU ; Bundesagrarminister ; er
minister ; DEU ; Bundesentwicklungsminister ; er
minister ; DEU ; Bundesbauminister ; er
minister ; DEU ; Bundesforschungsminister ; er
minister ; DEU ; Bundesdigitalminister ; er
minister ; DEU ; Kultusminister ; er
minister ; ; Innensenator ; or
government_spokesperson ; ; Vizeregierungssprecher ; er
government_spokesperson ; ; Pressesekretär ; e:Pressesekretäre
president ; DEU ; Bundesbankpräsident ; weak
president ; ; Landtagspräsident ; weak
president ; EU ; Eurogruppenchef ; s
president ; RUS ; Dumachef ; s
president ; RUS ; Dumapräsident ; weak
president ; ; Verbandspräsident ; weak
president ; ; Verbandschef ; s
chief_of_staff ; DEU ; Generalinspekteur ; e:Generalinspekteure
party_leader ; ; Obmann ; none ; Obfrau ; Obleute|Obmänner
party_leader ; ; Landesparteiobmann ; none ; Landesparteiobfrau ; -
; ; Landesvorsitzender ; adj
; ; Geschäftsführer ; er
; ; Bundesgeschäftsführer ; er
; ; Hauptgeschäftsführer ; er
; ; Kandidat ; weak
; ; Manager ; er
; ; Stellvertreter ; er
; ; Anführer ; er
; ; Rebellenführer ; er
; ; Separatistenführer ; er
; ; Gewerkschaftsführer ; er
; ; Gründer ; er
; ; Mitbegründer ; er
; AUT ; Landesrat ; none ; Landesrätin ; Landesräte|Landesräten
; ; Stadtrat ; none ; Stadträtin ; Stadträte|Stadträten
; AUT ; Klubchef ; s
; AUT ; Mandatar ; e:Mandatare
; ; Generaldirektor ; or
; ; Hochkommissar ; e:Hochkommissare
; ; Höchstrichter ; er
; ; Verfassungsrichter ; er
; ; Chefankläger ; er
; ; Bundesanwalt ; e:Bundesanwälte ; Bundesanwältin
; ; Vizebürgermeister ; er
; ; Spitzenpolitiker ; er
; ; Außenpolitiker ; er
; ; Sicherheitspolitiker ; er
; ; Verteidigungspolitiker ; er
; ; Europapolitiker ; er
; ; Landeschef ; s
; DEU|AUT ; Altkanzler ; er
; ; Sicherheitssprecher ; er
; ; Wehrsprecher ; er
; ; Delegationschef ; s
; ; Wahlkampfleiter ; er
; ; Chefökonom ; weak
; ; Chefredakteur ; e:Chefredakteure
; ; Zentralbankgouverneur ; e:Zentralbankgouverneure
; ; Betriebsratsvorsitzender ; adj
; ; Aufsichtsratschef ; s
; ; Kommunikationschef ; s
; ; Unternehmenschef ; s
; ; Bankchef ; s
; ; Kommissionssprecher ; er
; ; Meinungsforscher ; er
; ; Wahlforscher ; er
; ; Wirtschaftsforscher ; er
; ; Konjunkturforscher ; er
; ; Klimaforscher ; er
; ; Demoskop ; weak
; ; Jurist ; weak
; ; Völkerrechtler ; er
; ; Verfassungsrechtler ; er
; ; Militärhistoriker ; er
; ; Verteidigungsexperte ; weak
; ; Terrorexperte ; weak
; ; Nahostexperte ; weak
; ; Russlandexperte ; weak
; ; Osteuropaexperte ; weak
; ; Energieexperte ; weak
; ; Militäranalyst ; weak
; ; Sicherheitsanalyst ; weak
; ; Bürgerrechtler ; er
; ; Menschenrechtsaktivist ; weak
; ; Umweltaktivist ; weak
; ; Virologe ; weak
; ; Epidemiologe ; weak
; ; Mediziner ; er
; ; Arzt ; e:Ärzte ; Ärztin
; ; Polizeidirektor ; or
; ; Verfassungsschutzpräsident ; weak
; ; Heereschef ; s
"""

# Forms of `none` nouns that have oblique singular forms
EXTRA_SG = {
    'Staatsoberhaupt': ['Staatsoberhaupts', 'Staatsoberhauptes'],
    'Regierungsoberhaupt': ['Regierungsoberhaupts', 'Regierungsoberhauptes'],
    'Parteiobmann': ['Parteiobmanns', 'Parteiobmannes'],
    'Bundesparteiobmann': ['Bundesparteiobmanns'],
    'Klubobmann': ['Klubobmanns', 'Klubobmannes'],
    'Landeshauptmann': ['Landeshauptmanns', 'Landeshauptmannes'],
    'Landrat': ['Landrats', 'Landrates'],
    'Fachmann': ['Fachmanns', 'Fachmannes'],
    'Ombudsmann': ['Ombudsmanns'],
    'Obmann': ['Obmanns', 'Obmannes'],
    'Stadtrat': ['Stadtrats', 'Stadtrates'],
    'Landesrat': ['Landesrats', 'Landesrates'],
    'Landesparteiobmann': ['Landesparteiobmanns'],
}


def fem_plural(f):
    if f.endswith('in'):
        return [f + 'nen']
    if f.endswith('frau'):
        return [f + 'en']
    return []


def decline(noun, cls, fem_over, pl_over):
    m, f, pl = [noun], [], []
    if cls == 'er':
        m += [noun + 's']
        pl += [noun, noun + 'n']
        f = [noun + 'in']
    elif cls == 'weak':
        if noun.endswith('e'):
            m += [noun + 'n']
            pl += [noun + 'n']
            f = [noun[:-1] + 'in']
        else:
            m += [noun + 'en']
            pl += [noun + 'en']
            f = [noun + 'in']
    elif cls.startswith('e:'):
        p = cls[2:]
        m += [noun + 's', noun + 'es']
        pl += [p, p + 'n']
        f = [noun + 'in']
    elif cls == 's':
        m += [noun + 's']
        pl += [noun + 's']
        f = [noun + 'in']
    elif cls == 'or':
        m += [noun + 's']
        pl += [noun + 'en']
        f = [noun + 'in']
    elif cls == 'adj':
        assert noun.endswith('er'), noun
        st = noun[:-2]
        m = [st + 'e', st + 'er', st + 'en']
        f = [st + 'e', st + 'en']
        pl = [st + 'e', st + 'en']
    elif cls == 'none':
        m += EXTRA_SG.get(noun, [])
    else:
        raise SystemExit(f'unknown class {cls} for {noun}')
    if fem_over:
        f = [] if fem_over == '-' else [fem_over]
    if cls != 'adj' or fem_over:
        fp = []
        for x in f:
            fp += fem_plural(x)
        pl += fp
    if pl_over:
        pl = [] if pl_over == '-' else pl_over.split('|')
    if cls == 'none' and not pl_over:
        pl = []

    def uniq(xs):
        out = []
        for x in xs:
            if x not in out:
                out.append(x)
        return out
    return uniq(m), uniq(f), uniq(pl)


def build():
    rows = {}
    for line in ROLES.strip('\n').split('\n'):
        if not line.strip() or line.startswith('#'):
            continue
        f = [x.strip() for x in line.split(';')]
        f += [''] * (6 - len(f))
        office, countries, noun, cls, fem_over, pl_over = f[:6]
        m, fe, pl = decline(noun, cls, fem_over, pl_over)
        key = (office, m[0] if m else fe[0])
        rows[key] = (office, m, fe, pl, countries)
    return sorted(rows.values(), key=lambda r: (r[0] == '', r[0], (r[1] or r[2])[0]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=DEFAULT_OUT)
    a = ap.parse_args()
    rows = build()
    with open(a.out, 'w', encoding='utf-8') as fh:
        fh.write('# roles.tsv — German role nouns, all case and number forms.\n')
        fh.write('# GENERATED by tools/lexicon/build_roles.py; edit the script, not this file.\n')
        fh.write('# `countries` only where the noun itself names the country (Kremlchef = RUS).\n')
        fh.write('# Präsident is listed as head_of_state; bound to an organisation (Präsident der\n')
        fh.write('# EU-Kommission) it is that organisation\'s `president`. Vorsitzender is taken as\n')
        fh.write('# party_leader (its dominant political use); Staatssekretär as minister.\n')
        fh.write('office\tmasculine\tfeminine\tplural\tcountries\n')
        for office, m, fe, pl, c in rows:
            fh.write('\t'.join([office, '|'.join(m), '|'.join(fe), '|'.join(pl), c]) + '\n')
    print(f'{a.out}: {len(rows)} roles', file=sys.stderr)


if __name__ == '__main__':
    main()
