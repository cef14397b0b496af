#!/usr/bin/env python3
"""Generate src/lexicon/data/cues.tsv from the tables below (stdlib only).

Run from anywhere:  python3 tools/lexicon/build_cues.py [--out PATH]

Verb table, one verb a line, fields separated by ' ; ':
    lemma ; predicate ; frame ; principal parts (strong/mixed verbs only)
lemma
    `an+kündigen`   separable: particle `an`, base verb `kündigen`
    `infrage+stellen`, `in Frage+stellen`, `zur Verfügung+stellen`
                    phrase: the particle is written apart also in joined forms
                    (`infrage gestellt`, `infrage zu stellen`); pos = phrase
frame
    space-separated flags as in README (`speech`, `sich`, `prep=an`, `als`), `-` for none;
    `neg` marks a cue that only carries its predicate together with a negation
    (`nicht hinnehmen` = reject, not negated); `clause` one that carries it only with
    content, a `dass`-clause, Konjunktiv or quotation (`findet, dass …`, not `fand das
    Versteck`); `als` one that needs `als` or such content (`bezeichnete X als Y`);
    `sich` one that needs a reflexive pronoun; `nosich` one that is another verb with `sich`
    in its clause (`stellte sich heraus` = turned out, `bestätigte sich` = proved true); `es` one that needs the expletive `es`
    (`hieß es`, not `Die Lager heißen …`)
principal parts (of the base verb, particle excluded)
    `3sg;preterite;participle;konjunktiv2`  e.g. `spricht;sprach;gesprochen;spräche`
    `2sg/3sg;...` where the 2nd person is not 3sg minus -t plus -st (`hältst/hält`)
    several values of a slot may be given with `,` (`entsandte,entsendete`)
    omitted: weak verb, all forms regular (participle without ge- after an
    inseparable prefix or for -ieren verbs).
Nouns and adjectives: see NOUNS and ADJS below (forms listed by hand or by a
declension pattern).
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'lexicon', 'data', 'cues.tsv'))

# ---------------------------------------------------------------- verbs
VERBS = r"""
# ----- say: neutral statement, assessment, characterisation
sagen ; say ; speech
erklären ; say ; speech
betonen ; say ; speech
äußern ; say ; speech
meinen ; say ; speech
hinzu+fügen ; say ; speech
bezeichnen ; say ; als
betrachten ; say ; als
kennzeichnen ; say ; als
werten ; say ; als
ein+stufen ; say ; als
empfinden ; say ; als ; empfindet;empfand;empfunden;empfände
beziffern ; say ; prep=auf
nennen ; say ; - ; nennt;nannte;genannt;nennte
sprechen ; say ; speech prep=von ; sprichst/spricht;sprach;gesprochen;spräche
berichten ; say ; speech
unterstreichen ; say ; speech ; unterstreicht;unterstrich;unterstrichen;unterstriche
bekräftigen ; say ; speech
versichern ; say ; speech
ergänzen ; say ; speech
antworten ; say ; speech
entgegnen ; say ; speech
erwidern ; say ; speech
schreiben ; say ; speech ; schreibt;schrieb;geschrieben;schriebe
twittern ; say ; speech
posten ; say ; speech
behaupten ; say ; speech
erläutern ; say ; speech
fest+stellen ; say ; speech
klar+stellen ; say ; speech
richtig+stellen ; say ; speech
ein+räumen ; say ; speech
zu+geben ; say ; speech ; gibst/gibt;gab;gegeben;gäbe
an+geben ; say ; speech ; gibst/gibt;gab;gegeben;gäbe
bestätigen ; say ; speech nosich
hervor+heben ; say ; speech ; hebt;hob;gehoben;höbe
argumentieren ; say ; speech
finden ; say ; speech clause ; findet;fand;gefunden;fände
glauben ; say ; speech clause
vermuten ; say ; speech clause
schätzen ; say ; speech
urteilen ; say ; speech
kommentieren ; say ; speech
reagieren ; say ; speech
verweisen ; say ; speech prep=auf ; verweist;verwies;verwiesen;verwiese
hin+weisen ; say ; speech prep=auf ; weist;wies;gewiesen;wiese
bilanzieren ; say ; speech
resümieren ; say ; speech
beteuern ; say ; speech
konstatieren ; say ; speech
erzählen ; say ; speech
aus+führen ; say ; speech
dar+legen ; say ; speech
schildern ; say ; speech
beschreiben ; say ; speech ; beschreibt;beschrieb;beschrieben;beschriebe
erinnern ; say ; speech prep=an
begründen ; say ; speech
rechtfertigen ; say ; speech
bekunden ; say ; speech
erwähnen ; say ; speech
verlauten ; say ; speech
heißen ; say ; speech es ; heißt;hieß;geheißen;hieße
sehen ; say ; als ; siehst/sieht;sah;gesehen;sähe
halten ; say ; prep=für ; hältst/hält;hielt;gehalten;hielte
fest+halten ; say ; speech ; hältst/hält;hielt;gehalten;hielte
hoffen ; say ; speech clause
erwarten ; say ; speech clause
aus+gehen ; say ; speech prep=von ; geht;ging;gegangen;ginge
rechnen ; say ; speech prep=mit
vergleichen ; say ; - ; vergleicht;verglich;verglichen;vergliche
signalisieren ; announce ; speech
gestehen ; say ; speech ; gesteht;gestand;gestanden;gestünde,gestände
ein+gestehen ; say ; speech ; gesteht;gestand;gestanden;gestünde,gestände
vor+tragen ; say ; speech ; trägst/trägt;trug;getragen;trüge
formulieren ; say ; speech
präzisieren ; say ; speech
analysieren ; say ; speech
prognostizieren ; say ; speech
voraus+sagen ; say ; speech
vorher+sagen ; say ; speech
aus+drücken ; say ; -
ein+schätzen ; say ; speech
bewerten ; say ; speech
fragen ; say ; speech
nach+legen ; say ; speech
bilanzieren ; say ; speech
bekennen ; say ; sich prep=zu ; bekennt;bekannte;bekannt;bekennte
klar+machen ; say ; speech
deutlich+machen ; say ; speech
denken ; say ; speech clause ; denkt;dachte;gedacht;dächte
heraus+stellen ; say ; speech nosich
heraus+streichen ; say ; speech ; streicht;strich;gestrichen;striche
aus+sagen ; say ; speech
skandieren ; say ; speech
wenden ; say ; speech sich prep=an ; wendet;wandte,wendete;gewandt,gewendet;wendete
wenden ; criticize ; speech sich prep=gegen ; wendet;wandte,wendete;gewandt,gewendet;wendete
vertreten ; say ; clause ; vertrittst/vertritt;vertrat;vertreten;verträte
erhoffen ; say ; speech sich
zum Ausdruck+bringen ; say ; - ; bringt;brachte;gebracht;brächte
Stellung+nehmen ; say ; speech ; nimmst/nimmt;nahm;genommen;nähme
der Meinung+sein ; say ; speech clause ; IRREGULAR
der Ansicht+sein ; say ; speech clause ; IRREGULAR
der Auffassung+sein ; say ; speech clause ; IRREGULAR
der Überzeugung+sein ; say ; speech clause ; IRREGULAR
zu dem Ergebnis+kommen ; say ; speech clause ; kommt;kam;gekommen;käme
zum Ergebnis+kommen ; say ; speech clause ; kommt;kam;gekommen;käme
zu dem Schluss+kommen ; say ; speech clause ; kommt;kam;gekommen;käme
zum Schluss+kommen ; say ; speech clause ; kommt;kam;gekommen;käme
zu verstehen+geben ; say ; speech ; gibst/gibt;gab;gegeben;gäbe
Bilanz+ziehen ; say ; speech ; ziehst/zieht;zog;gezogen;zöge
ein+wenden ; say ; speech ; wendet;wandte,wendete;gewandt,gewendet;wendete
kontern ; say ; speech
relativieren ; say ; speech
beschwichtigen ; say ; speech
prophezeien ; say ; speech
an+merken ; say ; speech
bemerken ; say ; speech
verraten ; say ; speech ; verrätst/verrät;verriet;verraten;verriete
verdeutlichen ; say ; speech
konkretisieren ; say ; speech
an+sprechen ; say ; - ; sprichst/spricht;sprach;gesprochen;spräche
an+führen ; say ; speech
ins Feld+führen ; say ; speech
dagegen+halten ; say ; speech ; hältst/hält;hielt;gehalten;hielte
entgegen+setzen ; say ; speech clause
in Erinnerung+rufen ; say ; speech ; ruft;rief;gerufen;riefe
durchblicken+lassen ; say ; speech ; lässt;ließ;gelassen;ließe
wissen+lassen ; say ; speech ; lässt;ließ;gelassen;ließe
ausrichten+lassen ; say ; speech ; lässt;ließ;gelassen;ließe
wünschen ; say ; speech
orten ; say ; speech
# ----- announce: makes a decision, plan or result public
an+kündigen ; announce ; speech
verkünden ; announce ; speech
verkündigen ; announce ; speech
bekannt+geben ; announce ; speech ; gibst/gibt;gab;gegeben;gäbe
bekannt+machen ; announce ; speech
mit+teilen ; announce ; speech
informieren ; announce ; speech nosich
melden ; announce ; speech
vermelden ; announce ; speech
verlautbaren ; announce ; speech
vor+stellen ; announce ; -
präsentieren ; announce ; -
beschließen ; announce ; speech ; beschließt;beschloss;beschlossen;beschlösse
entscheiden ; announce ; speech ; entscheidet;entschied;entschieden;entschiede
an+ordnen ; announce ; speech
veröffentlichen ; announce ; -
verhängen ; announce ; -
aus+rufen ; announce ; - ; ruft;rief;gerufen;riefe
fest+legen ; announce ; -
verabschieden ; announce ; -
offen+legen ; announce ; -
enthüllen ; announce ; -
unterrichten ; announce ; speech
# ----- support
unterstützen ; support ; -
befürworten ; support ; speech
begrüßen ; support ; speech
billigen ; support ; -
zu+stimmen ; support ; -
aus+sprechen ; support ; sich prep=für ; sprichst/spricht;sprach;gesprochen;spräche
glauben ; support ; prep=an
glauben ; doubt ; neg
gut+heißen ; support ; - ; heißt;hieß;geheißen;hieße
ein+treten ; support ; prep=für ; trittst/tritt;trat;getreten;träte
ein+setzen ; support ; sich prep=für
akzeptieren ; support ; -
an+erkennen ; support ; - ; erkennt;erkannte;erkannt;erkennte
bejahen ; support ; -
bei+pflichten ; support ; speech
stimmen ; support ; prep=für
votieren ; support ; prep=für
solidarisieren ; support ; sich prep=mit
ratifizieren ; support ; -
ein+willigen ; support ; -
an+nehmen ; support ; - ; nimmst/nimmt;nahm;genommen;nähme
stehen ; support ; prep=hinter ; steht;stand;gestanden;stünde,stände
bei+stehen ; support ; - ; steht;stand;gestanden;stünde,stände
zur Seite+stehen ; support ; - ; steht;stand;gestanden;stünde,stände
stellen ; support ; sich prep=hinter
stark+machen ; support ; sich prep=für
in Schutz+nehmen ; support ; - ; nimmst/nimmt;nahm;genommen;nähme
verteidigen ; support ; speech
setzen ; support ; prep=auf
fest+halten ; support ; prep=an ; hältst/hält;hielt;gehalten;hielte
mit+tragen ; support ; - ; trägst/trägt;trug;getragen;trüge
genehmigen ; support ; -
ab+segnen ; support ; -
applaudieren ; praise ; -
# ----- commit
zu+sagen ; commit ; speech
verpflichten ; commit ; sich
versprechen ; commit ; speech ; versprichst/verspricht;versprach;versprochen;verspräche
an+bieten ; commit ; - ; bietet;bot;geboten;böte
garantieren ; commit ; speech
zu+sichern ; commit ; speech
in Aussicht+stellen ; commit ; -
Verantwortung+übernehmen ; announce ; prep=für ; übernimmt;übernahm;übernommen;übernähme
geloben ; commit ; speech
schwören ; commit ; speech ; schwört;schwor,schwur;geschworen;schwüre
einigen ; commit ; speech sich prep=auf
einigen ; commit ; speech sich clause
verständigen ; commit ; speech sich prep=auf
vereinbaren ; commit ; speech
gewährleisten ; commit ; speech
sicher+stellen ; commit ; -
unterzeichnen ; commit ; -
# ----- propose
vor+schlagen ; propose ; speech ; schlägst/schlägt;schlug;geschlagen;schlüge
unterbreiten ; propose ; -
an+regen ; propose ; speech
plädieren ; propose ; speech prep=für
erwägen ; propose ; - ; erwägt;erwog;erwogen;erwöge
planen ; propose ; -
beabsichtigen ; propose ; -
vor+haben ; propose ; - ; IRREGULAR
vor+sehen ; propose ; - ; siehst/sieht;sah;gesehen;sähe
werben ; propose ; prep=für ; wirbst/wirbt;warb;geworben;würbe
empfehlen ; propose ; speech ; empfiehlst/empfiehlt;empfahl;empfohlen;empföhle,empfähle
nahe+legen ; propose ; speech
vor+legen ; propose ; -
überlegen ; propose ; -
an+streben ; propose ; -
in Betracht+ziehen ; propose ; - ; ziehst/zieht;zog;gezogen;zöge
in Erwägung+ziehen ; propose ; - ; ziehst/zieht;zog;gezogen;zöge
raten ; propose ; speech prep=zu ; rätst/rät;riet;geraten;riete
ins Spiel+bringen ; propose ; - ; bringt;brachte;gebracht;brächte
ins Gespräch+bringen ; propose ; - ; bringt;brachte;gebracht;brächte
ein+bringen ; propose ; - ; bringt;brachte;gebracht;brächte
skizzieren ; propose ; -
zur Debatte+stellen ; propose ; -
initiieren ; propose ; -
# ----- demand
fordern ; demand ; speech
verlangen ; demand ; speech
auf+fordern ; demand ; speech
ein+fordern ; demand ; speech
beanspruchen ; demand ; -
appellieren ; demand ; speech prep=an
drängen ; demand ; speech
pochen ; demand ; prep=auf
bestehen ; demand ; prep=auf ; besteht;bestand;bestanden;bestünde,bestände
Wert+legen ; demand ; prep=auf
an+mahnen ; demand ; speech
dringen ; demand ; prep=auf ; dringt;drang;gedrungen;dränge
auf+rufen ; demand ; speech ; ruft;rief;gerufen;riefe
rufen ; demand ; prep=nach ; ruft;rief;gerufen;riefe
bitten ; demand ; speech ; bittet;bat;gebeten;bäte
ersuchen ; demand ; speech
beantragen ; demand ; -
ermahnen ; demand ; speech
insistieren ; demand ; speech
urgieren ; demand ; speech
zur Voraussetzung+machen ; demand ; -
zur Bedingung+machen ; demand ; -
an+weisen ; demand ; - ; weist;wies;gewiesen;wiese
befehlen ; demand ; - ; befiehlst/befiehlt;befahl;befohlen;beföhle,befähle
beharren ; demand ; prep=auf
an+flehen ; demand ; speech
beschwören ; demand ; speech ; beschwört;beschwor;beschworen;beschwüre
unter Druck+setzen ; demand ; -
# ----- reject
ab+lehnen ; reject ; speech
zurück+weisen ; reject ; speech ; weist;wies;gewiesen;wiese
verweigern ; reject ; -
aus+schließen ; reject ; speech ; schließt;schloss;geschlossen;schlösse
dementieren ; reject ; speech
bestreiten ; reject ; speech ; bestreitet;bestritt;bestritten;bestritte
ab+weisen ; reject ; - ; weist;wies;gewiesen;wiese
verwerfen ; reject ; - ; verwirfst/verwirft;verwarf;verworfen;verwürfe
widersprechen ; reject ; speech ; widersprichst/widerspricht;widersprach;widersprochen;widerspräche
weigern ; reject ; sich
aus+sprechen ; reject ; sich prep=gegen ; sprichst/spricht;sprach;gesprochen;spräche
stimmen ; reject ; prep=gegen
votieren ; reject ; prep=gegen
ab+sagen ; reject ; -
blockieren ; reject ; -
leugnen ; reject ; speech
hin+nehmen ; reject ; neg ; nimmst/nimmt;nahm;genommen;nähme
dulden ; reject ; neg
tolerieren ; reject ; neg
zu+lassen ; reject ; neg ; lässt;ließ;gelassen;ließe
akzeptieren ; reject ; neg
mit+tragen ; reject ; neg ; trägst/trägt;trug;getragen;trüge
ab+streiten ; reject ; speech ; streitet;stritt;gestritten;stritte
verneinen ; reject ; speech
verwahren ; reject ; sich prep=gegen
distanzieren ; reject ; sich prep=von
ab+rücken ; reject ; prep=von
auf+kündigen ; reject ; -
boykottieren ; reject ; -
ab+schmettern ; reject ; -
ein+schränken ; reject ; speech
entgegen+treten ; reject ; - ; trittst/tritt;trat;getreten;träte
stellen ; reject ; sich prep=gegen
Abstand+nehmen ; reject ; prep=von ; nimmst/nimmt;nahm;genommen;nähme
in Frage+kommen ; reject ; neg ; kommt;kam;gekommen;käme
infrage+kommen ; reject ; neg ; kommt;kam;gekommen;käme
# ----- criticize
kritisieren ; criticize ; speech
vor+werfen ; criticize ; speech ; wirfst/wirft;warf;geworfen;würfe
verurteilen ; criticize ; speech
beklagen ; criticize ; speech
klagen ; criticize ; speech prep=über
klagen ; criticize ; prep=gegen
bemängeln ; criticize ; speech
verantwortlich+machen ; criticize ; -
an+prangern ; criticize ; speech
tadeln ; criticize ; speech
rügen ; criticize ; speech
beschuldigen ; criticize ; speech
an+klagen ; criticize ; -
monieren ; criticize ; speech
beanstanden ; criticize ; speech
beschweren ; criticize ; speech sich
protestieren ; criticize ; speech
demonstrieren ; criticize ; prep=gegen
bedauern ; criticize ; speech
missbilligen ; criticize ; -
geißeln ; criticize ; speech
brandmarken ; criticize ; -
verdammen ; criticize ; -
empören ; criticize ; speech sich
schelten ; criticize ; speech ; schiltst/schilt;schalt;gescholten;schölte
ärgern ; criticize ; speech sich
unterstellen ; criticize ; speech
an+lasten ; criticize ; -
vor+halten ; criticize ; speech ; hältst/hält;hielt;gehalten;hielte
an+kreiden ; criticize ; -
bezichtigen ; criticize ; -
diffamieren ; criticize ; -
polemisieren ; criticize ; speech
verspotten ; criticize ; -
beschimpfen ; criticize ; -
unter Beschuss+nehmen ; criticize ; - ; nimmst/nimmt;nahm;genommen;nähme
# ----- warn
warnen ; warn ; speech
mahnen ; warn ; speech
befürchten ; warn ; speech
sorgen ; warn ; sich
fürchten ; warn ; speech
ab+raten ; warn ; speech ; rätst/rät;riet;geraten;riete
zu bedenken+geben ; warn ; speech ; gibst/gibt;gab;gegeben;gäbe
Alarm+schlagen ; warn ; speech ; schlägst/schlägt;schlug;geschlagen;schlüge
# ----- threaten
drohen ; threaten ; speech
an+drohen ; threaten ; -
bedrohen ; threaten ; -
erpressen ; threaten ; -
# ----- doubt
zweifeln ; doubt ; -
bezweifeln ; doubt ; speech
an+zweifeln ; doubt ; -
infrage+stellen ; doubt ; -
in Frage+stellen ; doubt ; -
in Zweifel+ziehen ; doubt ; - ; ziehst/zieht;zog;gezogen;zöge
hinterfragen ; doubt ; -
misstrauen ; doubt ; -
# ----- praise
danken ; praise ; speech
bedanken ; praise ; speech sich
loben ; praise ; speech
würdigen ; praise ; speech
gratulieren ; praise ; -
preisen ; praise ; - ; preist;pries;gepriesen;priese
an+preisen ; praise ; - ; preist;pries;gepriesen;priese
feiern ; praise ; -
ehren ; praise ; -
rühmen ; praise ; -
# ----- meet
treffen ; meet ; - ; triffst/trifft;traf;getroffen;träfe
empfangen ; meet ; - ; empfängst/empfängt;empfing;empfangen;empfinge
beraten ; meet ; - ; berätst/berät;beriet;beraten;beriete
verhandeln ; meet ; -
telefonieren ; meet ; -
zusammen+kommen ; meet ; - ; kommt;kam;gekommen;käme
zusammen+treffen ; meet ; - ; triffst/trifft;traf;getroffen;träfe
besuchen ; meet ; -
konferieren ; meet ; -
sprechen ; meet ; prep=mit ; sprichst/spricht;sprach;gesprochen;spräche
begegnen ; meet ; -
tagen ; meet ; -
aus+tauschen ; meet ; sich
konsultieren ; meet ; -
besprechen ; meet ; - ; besprichst/bespricht;besprach;besprochen;bespräche
# ----- provide
liefern ; provide ; -
bereit+stellen ; provide ; -
schicken ; provide ; -
entsenden ; provide ; - ; entsendet;entsandte,entsendete;entsandt,entsendet;entsendete
stationieren ; provide ; -
überlassen ; provide ; - ; überlässt;überließ;überlassen;überließe
zur Verfügung+stellen ; provide ; -
übergeben ; provide ; - ; übergibst/übergibt;übergab;übergeben;übergäbe
senden ; provide ; - ; sendet;sandte,sendete;gesandt,gesendet;sendete
spenden ; provide ; -
bewilligen ; provide ; -
finanzieren ; provide ; -
# ----- attack
an+greifen ; attack ; - ; greift;griff;gegriffen;griffe
beschießen ; attack ; - ; beschießt;beschoss;beschossen;beschösse
bombardieren ; attack ; -
attackieren ; attack ; -
überfallen ; attack ; - ; überfällst/überfällt;überfiel;überfallen;überfiele
ein+marschieren ; attack ; -
erobern ; attack ; -
"""

# Verbs whose form generation is fully irregular (base verb, no particle).
IRREGULAR = {
    'haben': dict(present=['habe', 'hast', 'hat', 'haben', 'habt'],
                  past=['hatte', 'hattest', 'hatten', 'hattet'],
                  konj1=['habe', 'habest', 'haben', 'habet'],
                  konj2=['hätte', 'hättest', 'hätten', 'hättet'],
                  part='gehabt'),
    'sein': dict(present=['bin', 'bist', 'ist', 'sind', 'seid'],
                 past=['war', 'warst', 'waren', 'wart'],
                 konj1=['sei', 'seist', 'seien', 'seiet'],
                 konj2=['wäre', 'wärest', 'wären', 'wäret'],
                 part='gewesen'),
}

INSEP = ('be', 'ge', 'er', 'ver', 'zer', 'ent', 'emp', 'miss', 'unter', 'über', 'wider', 'hinter')
# base verbs that begin like an inseparable prefix but are not prefixed
NOT_PREFIXED = {'beten', 'geben', 'gehen', 'erben', 'ernten', 'ehren', 'bergen'}
# phrase "particles" that stay written apart in joined forms (besides any with a space)
APART = {'infrage', 'deutlich', 'Stellung', 'Bilanz', 'Alarm', 'Abstand', 'stark', 'durchblicken', 'wissen', 'ausrichten', 'Wert', 'verantwortlich', 'Verantwortung'}
# particles written either way in joined forms (`bekanntgegeben` and `bekannt gegeben`,
# `klargemacht` and `klar gemacht`): the verb row lists both
EITHER = {'bekannt', 'klar'}
VOWELS = 'aeiouäöüy'


def weak_stem(inf):
    if inf.endswith('eln') or inf.endswith('ern'):
        return inf[:-1]
    assert inf.endswith('en'), inf
    return inf[:-2]


def needs_e(stem):
    """e-epenthesis: arbeitet, rechnet, atmet, ordnet; not lehnt, warnt, nennt."""
    if stem.endswith(('d', 't', 'chn')):
        return True
    if stem[-1] in 'mn' and len(stem) > 2:
        p = stem[-2]
        if p in VOWELS or p in 'lrmnh':
            return False
        return True
    return False


def is_insep(base):
    if base in NOT_PREFIXED:
        return False
    if base.endswith('ieren'):
        return True
    for p in INSEP:
        if base.startswith(p) and len(base) > len(p) + 3:
            return True
    return False


def weak_forms(base):
    """Finite forms and participle of a weak verb (without particle)."""
    if base.endswith(('eln', 'ern')):
        stem = base[:-1]
        pres = [stem + 'e', stem + 'st', stem + 't', base]
        if base.endswith('eln'):
            pres.append(stem[:-2] + 'le')          # bemängle
        konj1 = [stem + 'e', base, stem + 'st']
        past_stem = stem + 't'
    else:
        stem = base[:-2]
        e = 'e' if needs_e(stem) else ''
        st2 = stem + e + ('t' if stem[-1] in 'sßzx' and not e else 'st')
        pres = [stem + 'e', st2, stem + e + 't', base]
        konj1 = [stem + 'e', stem + 'est', stem + 'en', stem + 'et']
        past_stem = stem + e + 't'
    past = [past_stem + 'e', past_stem + 'est', past_stem + 'en', past_stem + 'et']
    part = ('' if is_insep(base) else 'ge') + past_stem
    return dict(present=pres, past=past, konj1=konj1, konj2=[], part=part)


def strong_forms(base, parts):
    slots = [s.strip() for s in parts.split(';')]
    assert len(slots) == 4, (base, parts)
    p23, prets, parts_, k2s = slots
    if base.endswith(('eln', 'ern')):
        stem = base[:-1]
    else:
        stem = base[:-2]
    e = 'e' if needs_e(stem) else ''
    if '/' in p23:
        sg2, sg3 = p23.split('/')
        sg2 = [sg2]
    else:
        sg3 = p23
        if sg3.endswith(('st', 'ßt', 'zt')) and not sg3.endswith('est'):
            sg2 = [sg3]                       # weist, heißt
        elif sg3.endswith('et'):
            sg2 = [sg3[:-1] + 'st']           # bietet -> bietest
        else:
            sg2 = [sg3[:-1] + 'st']
    pres = [stem + 'e'] + sg2 + [sg3, base, stem + e + 't']
    konj1 = [stem + 'e', stem + 'est', stem + 'en', stem + 'et']
    past = []
    for pr in prets.split(','):
        if pr.endswith('te'):                 # mixed verb: nannte, entsandte
            past += [pr, pr + 'st', pr + 'n', pr + 't']
        elif pr.endswith('e'):
            past += [pr, pr + 'st', pr + 'n', pr + 't']
        else:
            e2 = 'e' if pr[-1] in 'dtsßz' else ''
            past += [pr, pr + e2 + 'st' if pr[-1] not in 'sßz' else pr + 'est', pr + 'en', pr + e2 + 't']
    konj2 = []
    for k in k2s.split(','):
        konj2 += [k, k + 'st', k + 'n', k + 't']
    parts_list = parts_.split(',')
    return dict(present=pres, past=past, konj1=konj1, konj2=konj2, part=parts_list)


def verb_forms(lemma, parts):
    """Return (particle, pos, forms) for a verb table entry."""
    if '+' in lemma:
        particle, base = lemma.split('+')
    else:
        particle, base = '', lemma
    apart = ' ' in particle or particle in APART
    if parts == 'IRREGULAR':
        f = IRREGULAR[base]
    elif parts:
        f = strong_forms(base, parts)
    else:
        f = weak_forms(base)
    parts_list = f['part'] if isinstance(f['part'], list) else [f['part']]
    finite = f['present'] + f['past'] + f['konj1'] + f['konj2']
    seen = []

    def add(x):
        if x not in seen:
            seen.append(x)

    for x in finite:
        add(x)
    if not particle:
        add(base)
        for p in parts_list:
            add(p)
        return particle, 'verb', seen
    # separable: split finite forms (above) + joined forms
    sep = ' ' if apart else ''
    add(particle + sep + base)
    for x in finite:
        add(particle + sep + x)
    for p in parts_list:
        p2 = p
        if not apart and p.startswith('ge') and not is_insep(base):
            pass
        add(particle + sep + p2)
    add(particle + sep + 'zu' + sep + base if not apart else particle + ' zu ' + base)
    if particle in EITHER:
        # verb-final and non-finite forms written apart: `wie X bekannt gab`
        add(particle + ' ' + base)
        for x in finite:
            add(particle + ' ' + x)
        for p in parts_list:
            add(particle + ' ' + p)
        add(particle + ' zu ' + base)
    pos = 'phrase' if apart else 'verb'
    return particle, pos, seen


# ---------------------------------------------------------------- nouns
# lemma ; predicate ; forms (all forms, nominative singular first) ; frame (optional:
# `light` = only as the object of a light verb of frames.tsv, never in content)
NOUNS = r"""
Aussage ; say ; Aussage|Aussagen
Äußerung ; say ; Äußerung|Äußerungen
Stellungnahme ; say ; Stellungnahme|Stellungnahmen
Erklärung ; say ; Erklärung|Erklärungen
Einschätzung ; say ; Einschätzung|Einschätzungen
Angabe ; say ; Angabe|Angaben
Auffassung ; say ; Auffassung|Auffassungen
Ansicht ; say ; Ansicht|Ansichten
Überzeugung ; say ; Überzeugung|Überzeugungen
Meinung ; say ; Meinung|Meinungen
Behauptung ; say ; Behauptung|Behauptungen
These ; say ; These|Thesen
Theorie ; say ; Theorie|Theorien ; light
Prognose ; say ; Prognose|Prognosen
Fazit ; say ; Fazit|Fazits
Hinweis ; say ; Hinweis|Hinweise|Hinweisen|Hinweises
Schlussfolgerung ; say ; Schlussfolgerung|Schlussfolgerungen
Worte ; say ; Worte|Worten
Ankündigung ; announce ; Ankündigung|Ankündigungen
Beschluss ; announce ; Beschluss|Beschlusses|Beschlüsse|Beschlüssen
Entscheidung ; announce ; Entscheidung|Entscheidungen ; light
Mitteilung ; announce ; Mitteilung|Mitteilungen
Bekanntgabe ; announce ; Bekanntgabe|Bekanntgaben
Voraussetzung ; demand ; Voraussetzung|Voraussetzungen
Bedingung ; demand ; Bedingung|Bedingungen
Vorbehalt ; doubt ; Vorbehalt|Vorbehalte|Vorbehalten|Vorbehalts
Unterstützung ; support ; Unterstützung
Zustimmung ; support ; Zustimmung
Rückendeckung ; support ; Rückendeckung
Solidarität ; support ; Solidarität
Befürwortung ; support ; Befürwortung
Beistand ; support ; Beistand|Beistands
grünes Licht ; support ; grünes Licht|grüne Licht
Zusage ; commit ; Zusage|Zusagen
Zusicherung ; commit ; Zusicherung|Zusicherungen
Versprechen ; commit ; Versprechen|Versprechens|Versprechungen|Versprechung
Bereitschaft ; commit ; Bereitschaft
Angebot ; commit ; Angebot|Angebots|Angebotes|Angebote|Angeboten
Verpflichtung ; commit ; Verpflichtung|Verpflichtungen
Vorschlag ; propose ; Vorschlag|Vorschlags|Vorschlages|Vorschläge|Vorschlägen
Anregung ; propose ; Anregung|Anregungen
Empfehlung ; propose ; Empfehlung|Empfehlungen
Plädoyer ; propose ; Plädoyer|Plädoyers
Initiative ; propose ; Initiative|Initiativen
Forderung ; demand ; Forderung|Forderungen
Aufforderung ; demand ; Aufforderung|Aufforderungen
Appell ; demand ; Appell|Appells|Appelle|Appellen
Aufruf ; demand ; Aufruf|Aufrufs|Aufrufes|Aufrufe|Aufrufen
Bitte ; demand ; Bitte|Bitten
Rufe ; demand ; Rufe
Befehl ; demand ; Befehl|Befehls|Befehle|Befehlen
Ablehnung ; reject ; Ablehnung
Zurückweisung ; reject ; Zurückweisung
Absage ; reject ; Absage|Absagen
Weigerung ; reject ; Weigerung
Veto ; reject ; Veto|Vetos
Dementi ; reject ; Dementi|Dementis
Nein ; reject ; Nein
Kritik ; criticize ; Kritik
Vorwurf ; criticize ; Vorwurf|Vorwurfs|Vorwürfe|Vorwürfen
Verurteilung ; criticize ; Verurteilung
Protest ; criticize ; Protest|Protests|Proteste|Protesten
Beschwerde ; criticize ; Beschwerde|Beschwerden
Klage ; criticize ; Klage|Klagen ; light
Einspruch ; reject ; Einspruch|Einspruchs|Einsprüche|Einsprüchen ; light
Anschuldigung ; criticize ; Anschuldigung|Anschuldigungen
Rüge ; criticize ; Rüge|Rügen
Schelte ; criticize ; Schelte
Warnung ; warn ; Warnung|Warnungen
Mahnung ; warn ; Mahnung|Mahnungen
Sorge ; warn ; Sorge|Sorgen
Besorgnis ; warn ; Besorgnis
Befürchtung ; warn ; Befürchtung|Befürchtungen
Drohung ; threaten ; Drohung|Drohungen
Kampfansage ; threaten ; Kampfansage|Kampfansagen
Ultimatum ; threaten ; Ultimatum|Ultimaten|Ultimatums
Zweifel ; doubt ; Zweifel|Zweifeln
Skepsis ; doubt ; Skepsis
Bedenken ; doubt ; Bedenken
Dank ; praise ; Dank|Danks|Dankes
Lob ; praise ; Lob|Lobes
Würdigung ; praise ; Würdigung|Würdigungen
Anerkennung ; praise ; Anerkennung
Glückwunsch ; praise ; Glückwunsch|Glückwünsche|Glückwünschen
Treffen ; meet ; Treffen|Treffens
Gipfeltreffen ; meet ; Gipfeltreffen|Gipfeltreffens
Begegnung ; meet ; Begegnung|Begegnungen
Telefonat ; meet ; Telefonat|Telefonats|Telefonate|Telefonaten
Besuch ; meet ; Besuch|Besuchs|Besuches|Besuche|Besuchen
Unterredung ; meet ; Unterredung|Unterredungen
Konsultationen ; meet ; Konsultation|Konsultationen
Videokonferenz ; meet ; Videokonferenz|Videokonferenzen|Videoschalte|Videoschalten
Telefongespräch ; meet ; Telefongespräch|Telefongesprächs|Telefongespräche|Telefongesprächen
Lieferung ; provide ; Lieferung|Lieferungen
Entsendung ; provide ; Entsendung
Stationierung ; provide ; Stationierung
Bereitstellung ; provide ; Bereitstellung
Angriff ; attack ; Angriff|Angriffs|Angriffes|Angriffe|Angriffen
Luftangriff ; attack ; Luftangriff|Luftangriffs|Luftangriffe|Luftangriffen
Raketenangriff ; attack ; Raketenangriff|Raketenangriffs|Raketenangriffe|Raketenangriffen
Drohnenangriff ; attack ; Drohnenangriff|Drohnenangriffs|Drohnenangriffe|Drohnenangriffen
Beschuss ; attack ; Beschuss|Beschusses
Bombardierung ; attack ; Bombardierung|Bombardierungen
Attacke ; attack ; Attacke|Attacken
Überfall ; attack ; Überfall|Überfalls|Überfälle|Überfällen
"""

# ---------------------------------------------------------------- adjectives
# lemma ; predicate ; frame ; stem for endings (default: lemma)
ADJS = r"""
inakzeptabel ; reject ; - ; inakzeptabl
nötig ; demand ; -
notwendig ; demand ; -
erforderlich ; demand ; -
unerlässlich ; demand ; -
unverzichtbar ; demand ; -
unakzeptabel ; reject ; - ; unakzeptabl
unannehmbar ; reject ; -
indiskutabel ; reject ; - ; indiskutabl
undenkbar ; reject ; -
ablehnend ; reject ; -
ausgeschlossen ; reject ; -
nicht verhandelbar ; reject ; -
bereit ; commit ; -
gewillt ; commit ; -
verhandlungsbereit ; commit ; -
gesprächsbereit ; commit ; -
kompromissbereit ; commit ; -
entschlossen ; commit ; -
besorgt ; warn ; -
beunruhigt ; warn ; -
alarmiert ; warn ; -
besorgniserregend ; warn ; -
alarmierend ; warn ; -
skeptisch ; doubt ; -
fraglich ; doubt ; -
zweifelhaft ; doubt ; -
unwahrscheinlich ; doubt ; -
pessimistisch ; doubt ; -
misstrauisch ; doubt ; -
zurückhaltend ; doubt ; -
überzeugt ; support ; -
zuversichtlich ; say ; -
optimistisch ; say ; -
einverstanden ; support ; -
zufrieden ; support ; -
erfreut ; support ; -
dankbar ; praise ; -
enttäuscht ; criticize ; -
empört ; criticize ; -
entsetzt ; criticize ; -
bestürzt ; criticize ; -
verärgert ; criticize ; -
kritisch ; criticize ; -
"""

SPEECH_ADJ = set()  # adjectives introduce no speech themselves


def adj_forms(lemma, stem):
    if ' ' in lemma:
        head, last = lemma.rsplit(' ', 1)
        st = stem.rsplit(' ', 1)[1] if ' ' in stem else last
        return [lemma] + [head + ' ' + st + e for e in ('e', 'en', 'er', 'es', 'em')]
    return [lemma] + [stem + e for e in ('e', 'en', 'er', 'es', 'em')]


def parse_table(text, nfields):
    rows = []
    for line in text.strip('\n').split('\n'):
        if not line.strip() or line.startswith('#'):
            continue
        f = [x.strip() for x in line.split(' ; ')]
        f += [''] * (nfields - len(f))
        rows.append(f)
    return rows


# Forms shared by lemmas of different predicates that the pipeline tells apart by
# particle or preposition; or a dominant reading chosen deliberately.
COMMENTS = [
    "# Forms shared between rows of different predicates are told apart by the particle",
    "# (sagt … zu = zusagen/commit vs. sagt = sagen/say) or by the required preposition",
    "# (spricht von = say, spricht mit = meet, spricht sich für … aus = support,",
    "# spricht sich gegen … aus = reject; glaubt an = support, glaubt, dass = say;",
    "# stimmt für = support, stimmt gegen = reject).",
    "# Dominant readings chosen: attackieren = attack (physical use dominates in news; verbal",
    "# attacks on politicians also occur); treffen = meet (not 'hit'); annehmen = support",
    "# (accept a proposal; 'annehmen, dass' = assume is not covered); anerkennen = support",
    "# (recognition); erwarten / hoffen = say (expectation, fallback reading);",
    "# Anerkennung = praise; heißen = say (for 'hieß es'); halten für = say;",
    "# gelobt = loben (praise), not geloben (commit).",
    "# Left out as homographs: meine (possessive), bitte (please), danke (thanks), bekannt.",
    "# Known readings outside the predicate that the grammar must filter: treffen in",
    "# 'eine Entscheidung treffen'; vorstellen in 'sich vorstellen können' (imagine);",
    "# heißen in 'das heißt'; ausführen in 'Angriffe ausführen'; annehmen in 'annehmen, dass';",
    "# the adjective bereit vs. the particle of bereitstellen. Forms are case-sensitive:",
    "# nouns capitalised (Dank, Bitte, Treffen), verbs lower case (dank, bitte are not cues).",
    "# Flag `light` (nouns): the noun carries its predicate only as the object of a light verb",
    "# of frames.tsv (`reichte Klage ein`), never as a word of content (`sehe der Klage entgegen`).",
    "# Flag `neg` (extension): the cue carries its predicate only together with a negation",
    "# and the negation belongs to the cue: 'nicht hinnehmen', 'nicht dulden', 'nicht zulassen',",
    "# 'kommt nicht in Frage' = reject, negated = false.",
    "# pos `phrase`: the particle is a free word group written apart also in joined forms",
    "# (`infrage gestellt`, `zur Verfügung zu stellen`); multi-word forms contain a space.",
    "# Adjectives: predicative form first, then attributive endings.",
]


# Forms left out of a lemma because another lemma's reading dominates (see COMMENTS).
EXCLUDE = {
    'geloben': {'gelobt'},          # participle of loben (praise) dominates
    'bekennen': {'bekannt'},        # adjective 'bekannt' (known) dominates
    'meinen': {'meine'},            # possessive 'meine' dominates
    'bitten': {'bitte'},            # 'bitte' = please
    'danken': {'danke'},            # 'danke' = thanks (interjection)
}
# Forms left out of one reading only (lemma, frame): without its preposition the reading
# rests on the reflexive and a content clause, where the determiner `einige`/`einigen`
# (`in einigen Ländern zeigte sich, dass …`) would pass for the verb.
EXCLUDE_READING = {
    ('einigen', 'speech sich clause'): {'einige', 'einigen'},
}


def build():
    out = []
    for lemma, pred, frame, parts in parse_table(VERBS, 4):
        particle, pos, forms = verb_forms(lemma, parts)
        forms = [x for x in forms if x not in EXCLUDE.get(lemma.replace('+', ''), ())]
        forms = [x for x in forms if x not in EXCLUDE_READING.get((lemma.replace('+', ''), frame), ())]
        shown = lemma.replace('+', ' ' if (' ' in lemma.split('+')[0] or lemma.split('+')[0] in APART) else '')
        frame = '' if frame == '-' else frame
        out.append((shown, pred, pos, particle, forms, frame))
    for lemma, pred, forms, frame in parse_table(NOUNS, 4):
        out.append((lemma, pred, 'noun', '', forms.split('|'), frame))
    for lemma, pred, frame, stem in parse_table(ADJS, 4):
        frame = '' if frame == '-' else frame
        out.append((lemma, pred, 'adj', '', adj_forms(lemma, stem or lemma), frame))
    # merge exact duplicates (same lemma, predicate, frame)
    merged = {}
    order = []
    for r in out:
        k = (r[0], r[1], r[2], r[3], r[5])
        if k in merged:
            for f in r[4]:
                if f not in merged[k][4]:
                    merged[k][4].append(f)
        else:
            merged[k] = [r[0], r[1], r[2], r[3], list(r[4]), r[5]]
            order.append(k)
    rows = [merged[k] for k in order]
    rows.sort(key=lambda r: (r[1], r[0].lower(), r[5]))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=DEFAULT_OUT)
    a = ap.parse_args()
    rows = build()
    with open(a.out, 'w', encoding='utf-8') as fh:
        fh.write('# cues.tsv — German words that carry a statement predicate.\n')
        fh.write('# GENERATED by tools/lexicon/build_cues.py from principal parts; edit the script, not this file.\n')
        for c in COMMENTS:
            fh.write(c + '\n')
        fh.write('lemma\tpredicate\tpos\tparticle\tforms\tframe\n')
        for r in rows:
            fh.write('\t'.join([r[0], r[1], r[2], r[3], '|'.join(r[4]), r[5]]) + '\n')
    nforms = sum(len(r[4]) for r in rows)
    print(f'{a.out}: {len(rows)} rows, {nforms} forms', file=sys.stderr)


if __name__ == '__main__':
    main()
