#!/usr/bin/env node
// Loads a standpunkt Cytoscape.js export headless with cytoscape (npm) and prints what
// cytoscape sees, as JSON: {"reader", "nodes": {id: {name: typed}}, "edges": {id:
// {name: typed}}, "dangling": edges whose source or target cytoscape did not find,
// "roundtrip": elements after cy.json() and loading that again}. typed is {"type":
// "int"|"float"|"bool"|"str", "value"}: JavaScript's typeof, numbers split by
// Number.isInteger.
//
//     node cytoscape_load.js FILE.cyjs
//
// Exits with 3 when the cytoscape package is missing (npm ci --prefix tests/interop).
'use strict';
const fs = require('fs');

let cytoscape;
try {
  cytoscape = require('cytoscape');
} catch (err) {
  console.error('the npm package cytoscape is missing: npm ci --prefix tests/interop');
  process.exit(3);
}

function typed(value) {
  switch (typeof value) {
    case 'number':
      return { type: Number.isInteger(value) ? 'int' : 'float', value };
    case 'boolean':
      return { type: 'bool', value };
    case 'string':
      return { type: 'str', value };
    default:
      return { type: typeof value, value };
  }
}

function attributes(element) {
  const out = {};
  for (const [k, v] of Object.entries(element.data())) {
    out[k] = typed(v);
  }
  return out;
}

const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const cy = cytoscape({ headless: true, styleEnabled: false, elements: doc.elements });
const nodes = {};
cy.nodes().forEach((n) => { nodes[n.id()] = attributes(n); });
const edges = {};
cy.edges().forEach((e) => { edges[e.id()] = attributes(e); });
const dangling = cy.edges().filter((e) => e.source().empty() || e.target().empty()).length;
const again = cytoscape({ headless: true, styleEnabled: false });
again.json({ elements: cy.json().elements });
console.log(JSON.stringify({
  reader: `cytoscape ${cytoscape.version}`,
  nodes,
  edges,
  dangling,
  roundtrip: { nodes: again.nodes().length, edges: again.edges().length },
}));
