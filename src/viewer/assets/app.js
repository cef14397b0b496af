// app.js: the controls, the evidence panel and `window.standpunkt`.
//
// window.standpunkt (for tests and power users):
//   counts()          → {nodes, edges, ties, view}: shown nodes, shown statement edges,
//                       shown network ties (congruence/conflict view), the view
//   search(text)      → id of the best match (selected and centred), or null
//   filter({country, predicate, polarity, mode, from, to, around, depth}) → counts();
//                       from/to are dates (YYYY-MM-DD), around a node id whose
//                       neighbourhood of depth 1–3 hops is shown, the other keys as in
//                       the node-link JSON
//   boxes(on)         → counts(), countries drawn as boxes around their actors (on) or
//                       as nodes with dashed affiliation links (off)
//   reset()           → counts(), with every filter off and the statement graph shown
//   select(id)        → whether a node or link with that id was found and selected
//   selected()        → ids of the selected elements
//   view(name)        → 'statements', 'congruence' or 'conflict'; counts()
//   svg(), csv()      → the current view as SVG text, the shown statements as CSV text
//   cy                → the Cytoscape.js instance

const $ = (id) => document.getElementById(id);
const panel = $('evidence');
let state = emptyFilter();
let viewName = 'statements';
let current = { statements: [], nodes: new Set() };
let ties = [];
const affiliationById = new Map(affiliations.map((a) => [a.id, a]));

function escapeHtml(s) {
  return String(s === null || s === undefined ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// The sentence with the quotation and the cue words marked.
function highlighted(e) {
  const text = e.sentence || '';
  const quote = new Uint8Array(text.length);
  const cue = new Uint8Array(text.length);
  if (e.quote) {
    const at = text.indexOf(e.quote);
    if (at >= 0) quote.fill(1, at, at + e.quote.length);
  }
  const words = String(e.cue || '').split(/\s*…\s*|\s+/).filter((w) => w.length > 0);
  let from = 0;
  for (const w of words) {
    const re = new RegExp('(^|[^\\p{L}\\p{N}])(' + w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ')(?![\\p{L}\\p{N}])', 'giu');
    re.lastIndex = from;
    let m = re.exec(text);
    if (!m) { re.lastIndex = 0; m = re.exec(text); }
    if (m) {
      const at = m.index + m[1].length;
      cue.fill(1, at, at + m[2].length);
      from = at + m[2].length;
    }
  }
  let html = '', open = '';
  for (let i = 0; i <= text.length; i++) {
    const cls = i === text.length ? '' : (quote[i] ? 'quote' : '') + (cue[i] ? (quote[i] ? ' cue' : 'cue') : '');
    if (cls !== open) {
      if (open) html += '</mark>';
      if (cls) html += '<mark class="' + cls + '">';
      open = cls;
    }
    if (i < text.length) html += escapeHtml(text[i]);
  }
  return html;
}

function evidenceList(items) {
  items.sort((a, b) => (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : a.e.article < b.e.article ? -1 : a.e.article > b.e.article ? 1 : 0));
  const li = items.map(({ st, e }) => {
    const actor = nodes.get(st.source), object = nodes.get(st.target);
    return `<li data-statement="${escapeHtml(st.id)}"><div class="meta"><span class="date">${escapeHtml(e.date || 'no date')}</span>`
      + `<span class="article">${escapeHtml(e.article)}</span><span class="mode ${escapeHtml(e.mode)}">${escapeHtml(e.mode)}</span></div>`
      + `<div class="what">${escapeHtml(actor.label)} <span class="pol-${st.polarity}">${escapeHtml(predicateText(st))}</span> ${escapeHtml(shortLabel(e.object_label || object.label, 12))}</div>`
      + `<div class="sentence">${highlighted(e)}</div></li>`;
  });
  return `<ol>${li.join('')}</ol>`;
}

function showStatement(st) {
  const actor = nodes.get(st.source), object = nodes.get(st.target);
  const items = st.active.map((e) => ({ st, e }));
  panel.dataset.id = st.id;
  panel.innerHTML = `<h2>${escapeHtml(actor.label)} <span class="pol-${st.polarity}">${escapeHtml(predicateText(st))}</span> ${escapeHtml(object.label)}</h2>`
    + `<p class="sub">${items.length} of ${st.evidence.length} pieces of evidence shown${actor.country ? ' · speaks for ' + escapeHtml(actor.country) : ''}</p>`
    + evidenceList(items);
}

function showNode(n) {
  const items = [];
  for (const st of n.edges) for (const e of st.active) items.push({ st, e });
  const shownAround = n.edges.filter((st) => st.active.length > 0).length;
  panel.dataset.id = n.id;
  panel.innerHTML = `<h2>${escapeHtml(n.label)}</h2><p class="sub">${escapeHtml(n.kind)}${n.actorKind ? ' (' + escapeHtml(n.actorKind) + ')' : ''}`
    + `${n.country ? ' · ' + escapeHtml(n.country) : ''}${n.qid ? ' · ' + escapeHtml(n.qid) : ''} · ${shownAround} statements, ${items.length} pieces of evidence shown</p>`
    + (n.aliases.length ? `<p class="aliases">also: ${n.aliases.map(escapeHtml).join(', ')}</p>` : '')
    + evidenceList(items);
}

function showTie(t) {
  const a = nodes.get(t.source), b = nodes.get(t.target);
  const concepts = new Set(t.concepts);
  const items = [];
  for (const st of current.statements) {
    if ((st.source === t.source || st.source === t.target) && concepts.has(st.target) && st.polarity !== 0) {
      for (const e of st.active) items.push({ st, e });
    }
  }
  panel.dataset.id = t.id;
  panel.innerHTML = `<h2>${escapeHtml(a.label)} – ${escapeHtml(b.label)}</h2><p class="sub">${escapeHtml(viewName)} ${t.weight} on `
    + `${t.concepts.map((c) => escapeHtml(nodes.get(c).label)).join(', ')}</p>` + evidenceList(items);
}

function showAffiliation(a) {
  const actor = nodes.get(a.source), country = nodes.get(a.target);
  const items = [];
  for (const st of actor.edges) if (st.source === actor.id) for (const e of st.active) items.push({ st, e });
  panel.dataset.id = a.id;
  panel.innerHTML = `<h2>${escapeHtml(actor.label)} speaks for ${escapeHtml(country.label)}</h2>`
    + `<p class="sub">affiliation · ${items.length} pieces of evidence of ${escapeHtml(actor.label)} shown</p>` + evidenceList(items);
}

function clearPanel() {
  delete panel.dataset.id;
  panel.innerHTML = '<p class="hint">Click a node or an edge to read its evidence.</p>';
}

function showElement(ele) {
  const id = ele.id();
  if (statementById.has(id)) showStatement(statementById.get(id));
  else if (nodes.has(id)) showNode(nodes.get(id));
  else if (affiliationById.has(id)) showAffiliation(affiliationById.get(id));
  else {
    const t = ties.find((x) => x.id === id);
    if (t) showTie(t);
  }
}

// Draws what the filter and the view select.
function redraw(relayout) {
  current = applyFilter(state);
  const network = viewName !== 'statements';
  let shownNodes = current.nodes;
  cy.batch(() => {
    cy.edges('.net').remove();
    ties = [];
    if (network) {
      const net = discourseNetwork(current.statements, viewName);
      ties = net.ties;
      shownNodes = new Set(net.actors);
      for (const id of net.actors) { const p = nodes.get(id).parent; if (p) shownNodes.add(p); }
      const colour = viewName === 'congruence' ? POLARITY_COLOUR['1'] : POLARITY_COLOUR['-1'];
      cy.add(ties.map((t) => ({ group: 'edges', classes: 'net', data: {
        id: t.id, source: t.source, target: t.target, colour, width: edgeWidth(t.weight),
        label: t.weight + ': ' + t.concepts.map((c) => nodes.get(c).label).join(', '),
      } })));
    }
    // Whole collections change class at once: far faster than element by element.
    const nodesOn = cy.nodes().filter((n) => shownNodes.has(n.id()));
    cy.nodes().difference(nodesOn).addClass('hidden');
    nodesOn.removeClass('hidden');
    const shownEdges = new Set(network ? [] : current.statements.map((s) => s.id));
    const edgesOn = cy.edges('.statement').filter((e) => shownEdges.has(e.id()));
    cy.edges('.statement').difference(edgesOn).addClass('hidden');
    edgesOn.removeClass('hidden');
    edgesOn.forEach((e) => {
      const st = statementById.get(e.id());
      const w = edgeWidth(st.active.length);
      if (e.data('width') !== w) {
        e.data('width', w);
        if (BIG) e.classes(statementClasses(st, st.active.length));
      }
    });
    // An affiliation shows with both its ends, in the statement graph.
    const links = cy.edges('.affiliation');
    const linksOn = network ? cy.collection() : links.filter((e) => shownNodes.has(e.data('source')) && shownNodes.has(e.data('target')));
    links.difference(linksOn).addClass('hidden');
    linksOn.removeClass('hidden');
  });
  const sel = cy.$(':selected');
  if (sel.length && !sel.hasClass('hidden')) showElement(sel[0]);
  else { cy.$(':selected').unselect(); clearPanel(); }
  if (relayout) layout();
  updateStatus();
}

// How many of `eles` are not hidden (a loop: a `.not()` selector builds two collections).
function shownCount(eles) {
  let n = 0;
  for (let i = 0; i < eles.length; i++) if (!eles[i].hasClass('hidden')) n++;
  return n;
}

function counts() {
  const network = viewName !== 'statements';
  return {
    nodes: shownCount(cy.nodes()),
    edges: network ? 0 : shownCount(cy.edges('.statement')),
    ties: network ? ties.length : 0,
    view: viewName,
  };
}

function updateStatus() {
  const c = counts();
  const total = statements.reduce((n, s) => n + s.active.length, 0);
  $('counts').textContent = `${c.nodes} nodes · ${c.edges} statement edges (${total} pieces of evidence)`
    + (c.view !== 'statements' ? ` · ${c.ties} ${c.view} ties` : '') + ` · of ${nodes.size} nodes, ${statements.length} statement edges`;
  $('f-dates').textContent = DATES.length ? `${DATES[state.from]} – ${DATES[state.to]}` : 'no dates';
  $('b-around').classList.toggle('on', !!state.around);
  $('b-around').textContent = state.around ? `neighbourhood of ${shortLabel(nodes.get(state.around).label, 3)}` : 'neighbourhood';
}

function syncControls() {
  $('f-country').value = state.country;
  $('f-predicate').value = state.predicate;
  $('f-polarity').value = String(state.polarity);
  $('f-mode').value = state.mode;
  $('f-from').value = state.from;
  $('f-to').value = state.to;
  $('v-view').value = viewName;
  $('n-depth').value = String(state.depth);
  $('g-boxes').checked = boxes;
  $('g-boxes').disabled = BIG;
}

function dateIndex(date, fallback, last) {
  if (!date) return fallback;
  const key = dateKey(date);
  if (last) {
    let i = DATES.length - 1;
    while (i > 0 && DATES[i] > key) i--;
    return i;
  }
  let i = 0;
  while (i < DATES.length - 1 && DATES[i] < key) i++;
  return i;
}

function setFilter(f) {
  if ('country' in f) state.country = f.country || '';
  if ('predicate' in f) state.predicate = f.predicate || '';
  if ('polarity' in f) state.polarity = f.polarity === null || f.polarity === undefined || f.polarity === '' ? '' : String(Math.sign(Number(f.polarity)));
  if ('mode' in f) state.mode = f.mode || '';
  if ('from' in f) state.from = dateIndex(f.from, 0, false);
  if ('to' in f) state.to = dateIndex(f.to, Math.max(0, DATES.length - 1), true);
  if ('around' in f) state.around = f.around && nodes.has(f.around) ? f.around : null;
  if ('depth' in f) state.depth = Math.max(1, Math.min(3, Math.round(Number(f.depth)) || 1));
  syncControls();
  redraw(false);
  return counts();
}

function select(id) {
  let ele = cy.getElementById(id);
  if (ele.empty()) return false;
  if (ele.hasClass('hidden')) {
    state = emptyFilter();
    viewName = statementById.has(id) || nodes.has(id) ? 'statements' : viewName;
    syncControls();
    redraw(false);
    ele = cy.getElementById(id);
  }
  cy.$(':selected').unselect();
  ele.select();
  showElement(ele);
  // Centred; zoomed in only as far as needed to tell it from its neighbours.
  if (cy.zoom() < 0.9) cy.zoom(0.9);
  cy.center(ele);
  return true;
}

function search(text) {
  const found = searchNodes(text, 1);
  if (!found.length) return null;
  select(found[0].id);
  return found[0].id;
}

function reset() {
  state = emptyFilter();
  viewName = 'statements';
  syncControls();
  cy.$(':selected').unselect();
  redraw(false);
  if (BIG) fitCentres(cy.nodes().not('.hidden'));
  else cy.fit(cy.elements().not('.hidden').not('.boxed'), 30);
  return counts();
}

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

// Controls.
for (const c of countryCodes) {
  const node = nodes.get('country:' + c);
  $('f-country').add(new Option(node ? `${node.label} (${c})` : c, c));
}
for (const p of predicates) $('f-predicate').add(new Option(p, p));
$('f-from').max = $('f-to').max = String(Math.max(0, DATES.length - 1));
$('f-country').onchange = (ev) => setFilter({ country: ev.target.value });
$('f-predicate').onchange = (ev) => setFilter({ predicate: ev.target.value });
$('f-polarity').onchange = (ev) => setFilter({ polarity: ev.target.value });
$('f-mode').onchange = (ev) => setFilter({ mode: ev.target.value });
$('f-from').oninput = (ev) => { state.from = Math.min(Number(ev.target.value), state.to); syncControls(); redraw(false); };
$('f-to').oninput = (ev) => { state.to = Math.max(Number(ev.target.value), state.from); syncControls(); redraw(false); };
$('v-view').onchange = (ev) => { viewName = ev.target.value; redraw(nodes.size <= FORCE_LIMIT); };
// The neighbourhood of the selected node (or the last one chosen) in 1–3 hops.
function showAround() {
  if (!state.around) return;
  layout();
  select(state.around);
}
$('b-around').onclick = () => {
  const sel = cy.$('node:selected');
  setFilter({ around: state.around ? null : (sel.length ? sel[0].id() : null) });
  if (state.around) showAround();
  else if (BIG) fitCentres(cy.nodes().not('.hidden'));
  else layout();
};
$('n-depth').onchange = (ev) => { setFilter({ depth: ev.target.value }); showAround(); };
$('g-boxes').onchange = (ev) => { setBoxes(ev.target.checked); redraw(false); layout(); };
$('b-layout').onclick = () => layout();
$('b-reset').onclick = () => reset();
$('b-png').onclick = () => download('standpunkt.png', pngOf());
$('b-svg').onclick = () => download('standpunkt.svg', new Blob([svgOf()], { type: 'image/svg+xml' }));
$('b-csv').onclick = () => download('standpunkt-statements.csv', new Blob([csvOf(current.statements)], { type: 'text/csv;charset=utf-8' }));

const input = $('search'), list = $('suggestions');
input.oninput = () => {
  const found = searchNodes(input.value, 12);
  list.innerHTML = found.map((n) => `<li data-id="${escapeHtml(n.id)}">${escapeHtml(n.kind === 'claim' ? shortLabel(n.label, 8) : n.label)}<small>${escapeHtml(n.kind)}${n.country ? ' · ' + escapeHtml(n.country) : ''}</small></li>`).join('');
  list.hidden = found.length === 0;
};
input.onkeydown = (ev) => {
  if (ev.key === 'Enter') { search(input.value); list.hidden = true; }
  if (ev.key === 'Escape') list.hidden = true;
};
list.onclick = (ev) => {
  const li = ev.target.closest('li');
  if (li) { select(li.dataset.id); list.hidden = true; }
};
cy.on('tap', 'node, edge', (ev) => { showElement(ev.target); });
cy.on('tap', (ev) => { if (ev.target === cy) clearPanel(); });

$('legend').innerHTML = `<span><i style="background:${POLARITY_COLOUR['1']}"></i>for</span><span><i style="background:${POLARITY_COLOUR['-1']}"></i>against</span>`
  + `<span><i style="background:${POLARITY_COLOUR['0']}"></i>neutral</span><span><i class="dashed"></i>speaks for</span>`
  + `<span>ellipse person · box organisation · octagon state · boxes: countries</span>`;

syncControls();
// Nothing is hidden at first: the filter only computes what is shown.
current = applyFilter(state);
clearPanel();
updateStatus();
TIMES.filter = performance.now();
if (BIG) fitCentres(cy.nodes().not('.hidden'));
else layout();
TIMES.layout = performance.now();

window.standpunkt = {
  counts, search, filter: setFilter, reset, select,
  selected: () => cy.$(':selected').map((e) => e.id()),
  boxes: (on) => { setBoxes(on); syncControls(); redraw(false); layout(); return counts(); },
  view: (name) => { viewName = ['congruence', 'conflict'].includes(name) ? name : 'statements'; syncControls(); redraw(false); return counts(); },
  svg: svgOf, csv: () => csvOf(current.statements), cy, ready: true,
  // Milliseconds since navigation start at each step of loading.
  timings: () => Object.fromEntries(Object.entries(TIMES).map(([k, v]) => [k, Math.round(v)])),
};
