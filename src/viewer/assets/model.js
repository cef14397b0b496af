// model.js: the graph data, the filter, search, the discourse networks and CSV.
// Pure functions over plain objects; draw.js and app.js show the results.

const TIMES = { start: performance.now() };
const DATA = JSON.parse(document.getElementById('standpunkt-data').textContent);
const GRAPH = DATA.graph;
const ALIASES = DATA.aliases || {};
const POSITIONS = DATA.positions || {};

// Polarity colours and the country palette are those of the Graphviz export (dot.rs).
const POLARITY_COLOUR = { '1': '#1a9850', '-1': '#d73027', '0': '#636363' };
const PALETTE = ['#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69',
  '#fccde5', '#d9d9d9', '#bc80bd', '#ccebc5', '#ffed6f', '#a6cee3', '#b2df8a', '#fdbf6f', '#cab2d6'];
const MODES = ['direct', 'indirect', 'reported'];

// Lower case, ß → ss, diacritics removed: as the library's fold_search.
function fold(text) {
  return String(text).toLowerCase().replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/đ/g, 'd')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// A claim's label is a whole phrase: the first six words stand for it.
function shortLabel(text, words) {
  const parts = String(text || '').split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '…';
  return parts.length > words ? parts.slice(0, words).join(' ') + '…' : parts.join(' ');
}

// Dates may be day- or month-precise; a sort key compares them as days.
function dateKey(date) {
  if (!date) return '';
  if (date.length === 4) return date + '-01-01';
  if (date.length === 7) return date + '-01';
  return date;
}

const nodes = new Map();
for (const n of GRAPH.nodes) {
  const names = [n.label].concat(ALIASES[n.id] || []);
  nodes.set(n.id, {
    id: n.id, kind: n.kind, label: n.label || '…', actorKind: n.actor_kind || null,
    qid: n.qid || null, country: n.country || null, aliases: ALIASES[n.id] || [],
    folded: names.map(fold), parent: null, statements: 0, edges: [],
  });
}
// Actors sit inside the node of the state or organisation they speak for.
for (const n of nodes.values()) {
  if (n.kind === 'actor' && n.country && nodes.has('country:' + n.country)) {
    n.parent = 'country:' + n.country;
  }
}
const parents = new Set([...nodes.values()].map((n) => n.parent).filter(Boolean));

const statements = [];
const dateSet = new Set();
for (const l of GRAPH.links) {
  if (l.type !== 'statement') continue;
  const evidence = (l.evidence || []).map((e) => Object.assign({ key: dateKey(e.date) }, e));
  evidence.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : a.span[0] - b.span[0]));
  for (const e of evidence) if (e.key) dateSet.add(e.key);
  const st = {
    id: l.id || (l.source + ' -' + (l.negated ? 'not ' : '') + l.predicate + '-> ' + l.target),
    source: l.source, target: l.target, predicate: l.predicate, negated: !!l.negated,
    polarity: Math.sign(l.polarity || 0), objectKind: l.object_kind, evidence, active: evidence,
  };
  statements.push(st);
  nodes.get(st.source).statements += evidence.length;
  nodes.get(st.source).edges.push(st);
  if (st.target !== st.source) nodes.get(st.target).edges.push(st);
}
// Affiliations: the state or organisation an actor speaks for (`-for->` links).
const affiliations = [];
for (const l of GRAPH.links) {
  if (l.type !== 'affiliation' || !nodes.has(l.source) || !nodes.has(l.target)) continue;
  affiliations.push({ id: l.id || (l.source + ' -for-> ' + l.target), source: l.source, target: l.target });
}
TIMES.model = performance.now();
const statementById = new Map(statements.map((s) => [s.id, s]));
const DATES = [...dateSet].sort();
const countryCodes = [...new Set([...nodes.values()]
  .filter((n) => n.kind === 'actor' || n.kind === 'country').map((n) => n.country).filter(Boolean))].sort();
const countryColour = new Map(countryCodes.map((c, i) => [c, PALETTE[i % PALETTE.length]]));
const predicates = [...new Set(statements.map((s) => s.predicate))].sort();

function predicateText(st) {
  return (st.negated ? 'not ' : '') + st.predicate;
}

// The filter: which statements, and of those which pieces of evidence, are shown.
function emptyFilter() {
  return { country: '', predicate: '', polarity: '', mode: '', from: 0, to: Math.max(0, DATES.length - 1), around: null, depth: 1 };
}

function datesFiltered(f) {
  return DATES.length > 0 && (f.from > 0 || f.to < DATES.length - 1);
}

// Whether any filter besides the country is on (then nodes without shown edges hide).
function edgeFiltered(f) {
  return !!(f.predicate || f.polarity !== '' || f.mode || datesFiltered(f) || f.around);
}

// The nodes within `depth` hops of `start` over the statements that have evidence shown,
// each with its distance.
function ball(start, depth) {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next = [];
    for (const id of frontier) {
      for (const st of nodes.get(id).edges) {
        if (st.active.length === 0) continue;
        for (const other of [st.source, st.target]) {
          if (!dist.has(other)) { dist.set(other, d); next.push(other); }
        }
      }
    }
    frontier = next;
  }
  return dist;
}

// Applies `f`: sets each statement's `active` evidence and returns the shown statements
// and node ids. The neighbourhood (`around`, `depth` 1–3 hops) is taken within what the
// other filters show: a statement stays when it is at most `depth` hops away, that is
// when one of its ends is nearer than `depth`.
function applyFilter(f) {
  const from = DATES[f.from] || '';
  const to = DATES[f.to] || '';
  const byDate = datesFiltered(f);
  for (const st of statements) {
    let pass = true;
    const actor = nodes.get(st.source);
    if (f.country && actor.country !== f.country) pass = false;
    if (f.predicate && st.predicate !== f.predicate) pass = false;
    if (f.polarity !== '' && String(st.polarity) !== String(f.polarity)) pass = false;
    st.active = !pass ? [] : (f.mode || byDate) ? st.evidence.filter((e) =>
      (!f.mode || e.mode === f.mode) && (!byDate || (e.key && e.key >= from && e.key <= to))) : st.evidence;
  }
  if (f.around) {
    const depth = Math.max(1, Math.min(3, Number(f.depth) || 1));
    const near = ball(f.around, depth);
    for (const st of statements) {
      if (st.active.length === 0) continue;
      const a = near.get(st.source), b = near.get(st.target);
      if (a === undefined || b === undefined || Math.min(a, b) >= depth) st.active = [];
    }
  }
  const shown = [];
  const shownNodes = new Set();
  for (const st of statements) {
    if (st.active.length > 0) {
      shown.push(st);
      shownNodes.add(st.source);
      shownNodes.add(st.target);
    }
  }
  const loose = !edgeFiltered(f);
  for (const n of nodes.values()) {
    // Nodes with no statement at all (and countries, below) show while only the country
    // filter is on, if they belong to it.
    if (loose && n.edges.length === 0 && !parents.has(n.id) && (!f.country || n.country === f.country)) {
      shownNodes.add(n.id);
    }
  }
  if (f.around) shownNodes.add(f.around);
  for (const id of [...shownNodes]) {
    const p = nodes.get(id).parent;
    if (p) shownNodes.add(p);
  }
  if (loose && !f.country) for (const id of parents) shownNodes.add(id);
  return { statements: shown, nodes: shownNodes };
}

// Search: names and aliases, folded; German inflection (Sacharowas, Russlands,
// russischen) by letting a name of five letters or more stand for a query that extends it
// by up to three letters.
function scoreName(name, q) {
  if (name === q) return 100;
  const words = name.split(/[\s\-–/().,]+/).filter(Boolean);
  if (words.includes(q)) return 80;
  if (name.startsWith(q)) return 60;
  if (words.some((w) => w.startsWith(q))) return 50;
  if (q.length >= 3 && name.includes(q)) return 30;
  for (const w of words.concat([name])) {
    if (w.length >= 5 && q.startsWith(w) && q.length - w.length <= 3) return 40;
  }
  return 0;
}

function searchNodes(text, limit) {
  const q = fold(text).trim();
  if (!q) return [];
  const found = [];
  for (const n of nodes.values()) {
    let best = 0;
    for (let i = 0; i < n.folded.length; i++) {
      // The label counts a little more than an alias.
      const s = scoreName(n.folded[i], q) + (i === 0 ? 1 : 0);
      if (s > best) best = s;
    }
    if (best > 0) found.push({ node: n, score: best });
  }
  const kindRank = { actor: 0, country: 1, topic: 2, claim: 3 };
  found.sort((a, b) => b.score - a.score || kindRank[a.node.kind] - kindRank[b.node.kind]
    || b.node.statements - a.node.statements || (a.node.id < b.node.id ? -1 : 1));
  return found.slice(0, limit || found.length).map((f) => f.node);
}

// The discourse networks of `standpunkt network` (src/network/build.rs), with its
// defaults: concepts are topics, agreement is the polarity after negation, neutral
// statements are no stance, a statement counts once per actor, concept, agreement and
// article; congruence(a, b) = Σ_c Σ_q x(a,c,q)·x(b,c,q), conflict(a, b) =
// Σ_c x(a,c,+)·x(b,c,−) + x(a,c,−)·x(b,c,+), not normalised.
function discourseNetwork(shown, mode) {
  const cells = new Map();
  const seen = new Set();
  for (const st of shown) {
    if (nodes.get(st.target).kind !== 'topic' || st.polarity === 0) continue;
    for (const e of st.active) {
      const once = st.source + '\t' + st.target + '\t' + st.polarity + '\t' + e.article;
      if (seen.has(once)) continue;
      seen.add(once);
      const key = st.source + '\t' + st.target + '\t' + st.polarity;
      const cell = cells.get(key) || { actor: st.source, concept: st.target, q: st.polarity, x: 0 };
      cell.x += 1;
      cells.set(key, cell);
    }
  }
  const byConcept = new Map();
  const actors = new Set();
  for (const c of cells.values()) {
    if (!byConcept.has(c.concept)) byConcept.set(c.concept, []);
    byConcept.get(c.concept).push(c);
    actors.add(c.actor);
  }
  const pairs = new Map();
  for (const [concept, list] of byConcept) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i], b = list[j];
        if (a.actor === b.actor) continue;
        const [lo, hi] = a.actor < b.actor ? [a.actor, b.actor] : [b.actor, a.actor];
        const key = lo + '\t' + hi;
        const pair = pairs.get(key) || { source: lo, target: hi, congruence: 0, conflict: 0, same: new Set(), opposite: new Set() };
        if (a.q === b.q) { pair.congruence += a.x * b.x; pair.same.add(concept); }
        else { pair.conflict += a.x * b.x; pair.opposite.add(concept); }
        pairs.set(key, pair);
      }
    }
  }
  const ties = [];
  for (const p of pairs.values()) {
    const weight = mode === 'congruence' ? p.congruence : p.conflict;
    if (weight === 0) continue;
    ties.push({ id: 'net:' + mode + ':' + p.source + '|' + p.target, source: p.source, target: p.target, weight,
      concepts: [...(mode === 'congruence' ? p.same : p.opposite)].sort() });
  }
  ties.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { actors, ties };
}

// CSV (RFC 4180) of the shown statements: one row per piece of evidence shown.
function csvOf(shown) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  const rows = [['date', 'article', 'actor', 'actor_id', 'country', 'predicate', 'negated', 'polarity',
    'object_kind', 'object', 'object_id', 'cue', 'mode', 'quote', 'sentence', 'statement_id']];
  const sorted = [];
  for (const st of shown) for (const e of st.active) sorted.push([st, e]);
  sorted.sort((a, b) => (a[1].key < b[1].key ? -1 : a[1].key > b[1].key ? 1 : a[0].id < b[0].id ? -1 : a[0].id > b[0].id ? 1 : 0));
  for (const [st, e] of sorted) {
    const actor = nodes.get(st.source), object = nodes.get(st.target);
    rows.push([e.date, e.article, actor.label, actor.id, actor.country, st.predicate, st.negated,
      st.polarity, st.objectKind, e.object_label || object.label, object.id, e.cue, e.mode, e.quote,
      e.sentence, st.id]);
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
