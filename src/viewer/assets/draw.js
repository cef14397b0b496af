// draw.js: the Cytoscape.js instance, its style, the layouts, PNG and SVG.

cytoscape.use(cytoscapeFcose);

const SHAPES = { person: 'ellipse', organization: 'round-rectangle', state: 'octagon', group: 'hexagon', anonymous: 'diamond' };
// Above this many nodes the page does not run fCoSE at open: Cytoscape's style pass over
// compound nodes (every style change of an actor dirties its country box and the box's
// members) and fCoSE take seconds already at a few hundred nodes (a --top 50 page of
// 911 nodes took 4 s of CPU in Chromium, a --top 20 page of 416 nodes 2 s). The page
// then places the nodes where the written page says (src/viewer/layout.rs) before
// Cytoscape starts, draws nodes of fixed size with the label below (measuring thousands
// of labels is slow), straight edges without labels, and each country as a node among
// its actors rather than as a compound node around them.
const FORCE_LIMIT = 300;
const BIG = nodes.size > FORCE_LIMIT;

function nodeShape(n) {
  if (n.kind === 'actor') return SHAPES[n.actorKind] || 'ellipse';
  if (n.kind === 'topic') return 'cut-rectangle';
  if (n.kind === 'country') return 'round-rectangle';
  return 'rectangle';
}

function edgeWidth(count) {
  return Math.min(12, 1.2 + 1.8 * Math.log2(count));
}

// Big graphs style by class rather than by data mappers: cheaper per element.
function bigNodeClasses(n) {
  const coloured = n.country && (n.kind === 'actor' || n.kind === 'country');
  return n.kind + (n.actorKind ? ' ' + n.actorKind : '') + (coloured ? ' c' + (countryCodes.indexOf(n.country) % PALETTE.length) : '');
}

function statementClasses(st, count) {
  if (!BIG) return 'statement';
  return 'statement ' + (st.polarity > 0 ? 'pos' : st.polarity < 0 ? 'neg' : 'neu') + ' w' + Math.round(edgeWidth(count));
}

function elementsOf() {
  const els = [];
  const placed = BIG ? presetPositions([...nodes.keys()]) : null;
  for (const n of nodes.values()) {
    const data = {
      // Claims of big graphs go unlabelled (their text is in the panel): measuring
      // thousands of labels delays the first frame by seconds.
      id: n.id, kind: n.kind, label: n.kind === 'claim' ? (BIG ? '' : shortLabel(n.label, 6)) : n.label,
      shape: nodeShape(n), colour: (n.kind === 'actor' || n.kind === 'country') && n.country ? countryColour.get(n.country) : (n.kind === 'topic' ? '#ffffff' : '#f2f2f2'),
    };
    if (n.kind === 'country' && parents.has(n.id) && !BIG) data.group = 1;
    if (n.parent && !BIG) data.parent = n.parent;
    const el = { group: 'nodes', data, classes: BIG ? bigNodeClasses(n) : n.kind };
    if (placed && placed.has(n.id)) el.position = placed.get(n.id);
    els.push(el);
  }
  for (const st of statements) {
    els.push({ group: 'edges', classes: statementClasses(st, st.evidence.length), data: {
      id: st.id, source: st.source, target: st.target, label: predicateText(st),
      colour: POLARITY_COLOUR[String(st.polarity)], width: edgeWidth(st.evidence.length),
    } });
  }
  // An affiliation the country box already shows (the actor inside it) is drawn as a
  // link only when the boxes are off.
  for (const a of affiliations) {
    const boxed = !BIG && nodes.get(a.source).parent === a.target;
    els.push({ group: 'edges', classes: 'affiliation' + (boxed ? ' boxed' : ''), data: {
      id: a.id, source: a.source, target: a.target, label: 'for',
      colour: nodes.get(a.target).country ? countryColour.get(nodes.get(a.target).country) || '#888' : '#888',
    } });
  }
  return els;
}

const COMMON_STYLE = [
  // Affiliations (actor -for-> state or organisation): thin dashed links in the colour
  // of the country, without arrowhead.
  { selector: 'edge.affiliation', style: {
    'width': 1.5, 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'line-color': 'data(colour)',
    'target-arrow-shape': 'none', 'curve-style': 'straight', 'opacity': 0.9, 'label': '',
  } },
  { selector: '.boxed', style: { 'display': 'none' } },
  { selector: '.hidden', style: { 'display': 'none' } },
  { selector: ':selected', style: { 'border-width': 4, 'border-color': '#2155ff', 'line-color': '#2155ff', 'target-arrow-color': '#2155ff', 'z-index': 99 } },
  { selector: '.faded', style: { 'opacity': 0.15 } },
];
// Big graphs: as few properties per element as will do (the style of every element is
// computed before the first frame).
const BIG_STYLE = [
  { selector: 'node.topic', style: { 'shape': 'cut-rectangle', 'background-color': '#ffffff' } },
  { selector: 'node.claim', style: { 'shape': 'rectangle', 'background-color': '#f2f2f2' } },
  ...Object.entries(SHAPES).map(([kind, shape]) => ({ selector: 'node.' + kind, style: { 'shape': shape } })),
  ...PALETTE.map((c, i) => ({ selector: 'node.c' + i, style: { 'background-color': c } })),
  { selector: 'node.actor, node.topic, node.country', style: { 'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'min-zoomed-font-size': 7 } },
  { selector: 'node.actor', style: { 'width': 40, 'height': 40 } },
  { selector: 'node.country', style: { 'shape': 'round-rectangle', 'width': 60, 'height': 16, 'font-size': 22, 'font-weight': 'bold', 'text-valign': 'top', 'min-zoomed-font-size': 4 } },
  { selector: 'edge.pos', style: { 'line-color': POLARITY_COLOUR['1'] } },
  { selector: 'edge.neg', style: { 'line-color': POLARITY_COLOUR['-1'] } },
  { selector: 'edge.neu', style: { 'line-color': POLARITY_COLOUR['0'] } },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((w) => ({ selector: 'edge.w' + w, style: { 'width': w } })),
  { selector: 'edge.net', style: { 'width': 'data(width)', 'line-color': 'data(colour)' } },
  ...COMMON_STYLE,
];
const FULL_STYLE = [
  { selector: 'node', style: {
    'shape': 'data(shape)', 'background-color': 'data(colour)', 'label': 'data(label)',
    'border-width': 1, 'border-color': '#666', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center',
    'text-wrap': 'wrap', 'text-max-width': 120, 'width': 'label', 'height': 'label', 'padding': 6,
    'min-zoomed-font-size': 4, 'color': '#222',
  } },
  { selector: 'node.claim', style: { 'font-size': 9, 'color': '#444', 'border-color': '#bbb', 'text-max-width': 110 } },
  { selector: 'node.topic', style: { 'font-weight': 'bold', 'border-color': '#333' } },
  { selector: 'node[?group]', style: {
    'background-opacity': 0.18, 'border-color': 'data(colour)', 'border-width': 3, 'shape': 'round-rectangle',
    'text-valign': 'top', 'text-halign': 'center', 'font-size': 14, 'font-weight': 'bold', 'padding': 14,
    'text-margin-y': -2, 'color': '#333',
  } },
  { selector: 'edge', style: {
    'width': 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
    'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.8, 'opacity': 0.85,
    'label': 'data(label)', 'font-size': 9, 'color': '#333',
    'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
    'min-zoomed-font-size': 10,
  } },
  { selector: 'edge.net', style: { 'target-arrow-shape': 'none', 'label': 'data(label)', 'line-style': 'solid' } },
  ...COMMON_STYLE,
];
const STYLE = BIG ? BIG_STYLE : FULL_STYLE;

const cy = cytoscape({
  container: document.getElementById('cy'),
  style: STYLE,
  layout: { name: 'preset', fit: false },
  minZoom: 0.02, maxZoom: 4, wheelSensitivity: 0.3,
  textureOnViewport: BIG, hideEdgesOnViewport: BIG, pixelRatio: BIG ? 1 : 'auto',
  boxSelectionEnabled: false, selectionType: 'single',
});

// Added after construction: the preset layout does not run over them. Big graphs: the
// nodes first, styled before any edge exists, then the edges, so that styling a node
// does not dirty the style and bounds of every edge it has (a tenth of the CPU time).
{
  const els = elementsOf();
  if (BIG) {
    cy.add(els.filter((e) => e.group === 'nodes'));
    cy.style().update();
    cy.add(els.filter((e) => e.group === 'edges'));
  } else {
    cy.add(els);
  }
}
TIMES.cytoscape = performance.now();

// Countries as boxes around their actors (compound nodes), or as nodes of their own
// linked to their actors by the dashed affiliation links. Big graphs have no boxes.
let boxes = !BIG;
function setBoxes(on) {
  on = !!on && !BIG;
  if (on === boxes) return;
  boxes = on;
  cy.batch(() => {
    for (const n of nodes.values()) {
      if (n.parent) cy.getElementById(n.id).move({ parent: on ? n.parent : null });
    }
    cy.nodes('.country').forEach((c) => { c.data('group', on && parents.has(c.id()) ? 1 : 0); });
    cy.edges('.affiliation').forEach((e) => {
      e.toggleClass('boxed', on && nodes.get(e.data('source')).parent === e.data('target'));
    });
  });
}

// A seeded generator, so that the force layout draws the same picture on every load.
function seeded(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The positions the page was written with (src/viewer/layout.rs: force-directed, actors
// pulled towards their country), for graphs too big to lay out here; id → position.
function presetPositions(ids) {
  const positions = new Map();
  for (const id of ids) {
    const p = POSITIONS[id];
    positions.set(id, p ? { x: p[0], y: p[1] } : { x: 0, y: 0 });
  }
  return positions;
}

// Fits the view to the positions of `eles` (their centres, with a margin for labels),
// without measuring every label as cy.fit does: for big graphs.
function fitCentres(eles) {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  eles.nodes().forEach((n) => {
    if (n.isParent()) return;
    const p = n.position();
    if (p.x < x1) x1 = p.x; if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y; if (p.y > y2) y2 = p.y;
  });
  if (!isFinite(x1)) return;
  const margin = 80, w = cy.width(), h = cy.height();
  const zoom = Math.max(cy.minZoom(), Math.min(1.5, w / (x2 - x1 + 2 * margin), h / (y2 - y1 + 2 * margin)));
  cy.viewport({ zoom, pan: { x: w / 2 - zoom * (x1 + x2) / 2, y: h / 2 - zoom * (y1 + y2) / 2 } });
}

function presetLayout(eles) {
  const leaves = eles.nodes().filter((n) => !n.isParent());
  const positions = presetPositions(leaves.map((n) => n.id()));
  cy.batch(() => leaves.forEach((n) => { n.position(positions.get(n.id())); }));
}

// Lays out the shown elements: fCoSE (compound nodes keep a country's actors together)
// when small enough, else the positions the page was written with.
function layout() {
  const eles = cy.elements().not('.hidden').not('.boxed');
  if (eles.nodes().length === 0) return;
  if (eles.nodes().length > FORCE_LIMIT) {
    presetLayout(eles);
  } else {
    const random = Math.random;
    Math.random = seeded(20250904);
    try {
      eles.layout({
        name: 'fcose', quality: 'default', randomize: true, animate: false, fit: false,
        nodeDimensionsIncludeLabels: true, nodeRepulsion: 9000, idealEdgeLength: 90,
        edgeElasticity: 0.45, nestingFactor: 0.1, gravity: 0.3, gravityCompound: 4,
        gravityRangeCompound: 1.5, numIter: 2500, tile: true, packComponents: true,
      }).run();
    } finally {
      Math.random = random;
    }
    // After fCoSE's placement Cytoscape leaves the edges undrawn until their style
    // changes after a frame: a change of their width data then makes it draw them.
    requestAnimationFrame(() => cy.batch(() => eles.edges().forEach((e) => { e.data('width', e.data('width') + 1e-9); })));
  }
  if (BIG) fitCentres(eles);
  else cy.fit(eles, 30);
}

// SVG of what is shown, from the positions Cytoscape computed: boxes for countries,
// shapes for nodes, curves with arrowheads for edges, labels (claims' full text as
// tooltip).
function svgOf() {
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const shown = cy.elements().not('.hidden').not('.boxed');
  const bb = shown.boundingBox({ includeLabels: true });
  const pad = 20;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${(bb.x1 - pad).toFixed(1)} ${(bb.y1 - pad).toFixed(1)} ${(bb.w + 2 * pad).toFixed(1)} ${(bb.h + 2 * pad).toFixed(1)}" width="${Math.round(bb.w + 2 * pad)}" height="${Math.round(bb.h + 2 * pad)}" font-family="Helvetica, Arial, sans-serif">`);
  out.push(`<rect x="${bb.x1 - pad}" y="${bb.y1 - pad}" width="${bb.w + 2 * pad}" height="${bb.h + 2 * pad}" fill="#ffffff"/>`);
  shown.nodes().filter((n) => n.isParent()).forEach((n) => {
    const b = n.boundingBox({ includeLabels: false });
    const c = n.data('colour');
    out.push(`<g><title>${esc(n.data('label'))}</title><rect x="${b.x1.toFixed(1)}" y="${b.y1.toFixed(1)}" width="${b.w.toFixed(1)}" height="${b.h.toFixed(1)}" rx="8" fill="${c}" fill-opacity="0.18" stroke="${c}" stroke-width="3"/>`
      + `<text x="${((b.x1 + b.x2) / 2).toFixed(1)}" y="${(b.y1 - 5).toFixed(1)}" text-anchor="middle" font-size="14" font-weight="bold">${esc(n.data('label'))}</text></g>`);
  });
  shown.edges().forEach((e) => {
    const s = e.sourceEndpoint(), t = e.targetEndpoint(), m = e.midpoint();
    const c = { x: 2 * m.x - (s.x + t.x) / 2, y: 2 * m.y - (s.y + t.y) / 2 };
    const colour = e.data('colour');
    const title = e.hasClass('net') ? e.data('label') : e.id();
    const link = e.hasClass('affiliation');
    out.push(`<g><title>${esc(title)}</title><path d="M${s.x.toFixed(1)},${s.y.toFixed(1)} Q${c.x.toFixed(1)},${c.y.toFixed(1)} ${t.x.toFixed(1)},${t.y.toFixed(1)}" fill="none" stroke="${colour}" stroke-width="${link ? 1.5 : e.data('width')}" stroke-opacity="0.85"${link ? ' stroke-dasharray="6 4"' : ''}/>`);
    if (link) { out.push('</g>'); return; }
    if (!e.hasClass('net')) {
      const dx = t.x - c.x, dy = t.y - c.y, len = Math.hypot(dx, dy) || 1;
      const ux = dx / len, uy = dy / len, size = 6 + e.data('width');
      const p1 = [t.x - ux * size - uy * size * 0.5, t.y - uy * size + ux * size * 0.5];
      const p2 = [t.x - ux * size + uy * size * 0.5, t.y - uy * size - ux * size * 0.5];
      out.push(`<polygon points="${t.x.toFixed(1)},${t.y.toFixed(1)} ${p1[0].toFixed(1)},${p1[1].toFixed(1)} ${p2[0].toFixed(1)},${p2[1].toFixed(1)}" fill="${colour}"/>`);
    }
    out.push(`<text x="${m.x.toFixed(1)}" y="${(m.y - 3).toFixed(1)}" text-anchor="middle" font-size="9" fill="#333">${esc(e.data('label'))}</text></g>`);
  });
  shown.nodes().filter((n) => !n.isParent()).forEach((n) => {
    const p = n.position(), w = n.width(), h = n.height();
    const fill = n.data('colour'), shape = n.data('shape');
    const full = nodes.get(n.id()).label;
    let body;
    if (shape === 'ellipse') body = `<ellipse cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" rx="${(w / 2).toFixed(1)}" ry="${(h / 2).toFixed(1)}"`;
    else if (shape === 'octagon' || shape === 'hexagon' || shape === 'diamond') {
      const k = shape === 'octagon' ? 8 : shape === 'hexagon' ? 6 : 4;
      const pts = [];
      for (let i = 0; i < k; i++) {
        const a = (Math.PI * 2 * i) / k + (k === 8 ? Math.PI / 8 : 0);
        pts.push(`${(p.x + Math.cos(a) * w / 2).toFixed(1)},${(p.y + Math.sin(a) * h / 2).toFixed(1)}`);
      }
      body = `<polygon points="${pts.join(' ')}"`;
    } else body = `<rect x="${(p.x - w / 2).toFixed(1)}" y="${(p.y - h / 2).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" rx="${shape === 'rectangle' ? 0 : 5}"`;
    out.push(`<g><title>${esc(full)}</title>${body} fill="${fill}" stroke="#666"/>`
      + `<text x="${p.x.toFixed(1)}" y="${(p.y + 4).toFixed(1)}" text-anchor="middle" font-size="${n.hasClass('claim') ? 9 : 11}">${esc(n.data('label'))}</text></g>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function pngOf() {
  return cy.png({ output: 'blob', full: true, scale: BIG ? 1 : 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
}
