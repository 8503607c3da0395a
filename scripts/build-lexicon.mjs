#!/usr/bin/env node
// Converts Tadqiq's two word lists into compact lexicons: minimal acyclic automata over FOLDED
// words (src/core/normalize.ts), as flat typed arrays that load in milliseconds:
//   ar.lex      the cspell Arabic dictionary (@cspell/dict-ar, LGPL-3.0): is this a word at all?
//   common.lex  Tesseract's list of common Arabic words (data/common-words, Apache-2.0).
// Each output stays a separate, replaceable data file beside its license.
//   node scripts/build-lexicon.mjs [--out dist/lexicon]
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const outDir = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'dist/lexicon';
const dictDir = dirname(require.resolve('@cspell/dict-ar/cspell-ext.json'));
const trieFile = join(dictDir, 'ar.trie.gz');
const normalizeFile = 'src/core/normalize.ts';
const commonFile = 'data/common-words/ara-words.txt';
const self = new URL(import.meta.url).pathname;
const upToDate = (out, inputs) => existsSync(out) && [...inputs, normalizeFile, self].every((f) => statSync(f).mtimeMs < statSync(out).mtimeMs);

// The folding and the word-shape model come from the core itself, so the files and the checker can never disagree.
const importTs = async (file) => {
  const { outputFiles } = await esbuild.build({ entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'node' });
  return import('data:text/javascript;base64,' + Buffer.from(outputFiles[0].text).toString('base64'));
};
const { foldString, isArabicLetter } = await importTs(normalizeFile);
const shapeFile = 'src/core/spacing/wordShape.ts';
const { learnWordShape } = await importTs(shapeFile);

/** A trie (nodes `{ c: children, f: final }`, as cspell-trie-lib has them) → the flat folded minimal automaton. */
function compile(root, skippedAtRoot) {
  // Number the trie's nodes.
  const ids = new Map();
  const nodes = [];
  const idOf = (n) => {
    let id = ids.get(n);
    if (id === undefined) {
      id = nodes.length;
      ids.set(n, id);
      nodes.push(n);
    }
    return id;
  };
  const childrenOf = (n) => (n.c ? (n.c instanceof Map ? [...n.c] : Object.entries(n.c)) : []);

  /** Folded label of an edge: '' (dropped mark: an epsilon move), one Arabic letter, or null (not a word character). */
  const foldCache = new Map();
  function label(ch) {
    let f = foldCache.get(ch);
    if (f === undefined) {
      const folded = foldString(ch);
      f = folded === '' ? '' : [...folded].every((c) => isArabicLetter(c.charCodeAt(0))) ? folded : null;
      foldCache.set(ch, f);
    }
    return f;
  }

  function closure(set) {
    const stack = [...set];
    while (stack.length) {
      const n = nodes[stack.pop()];
      for (const [ch, child] of childrenOf(n)) {
        if (label(ch) !== '') continue;
        const id = idOf(child);
        if (!set.has(id)) {
          set.add(id);
          stack.push(id);
        }
      }
    }
    return set;
  }

  // Subset construction: folding merges letters (أ إ آ ا) and drops marks, so one folded path may
  // follow several trie paths at once. A DFA state is a set of trie nodes.
  const dfa = []; // { final, edges: Map<label, stateIndex> }
  const stateIndex = new Map();
  function stateFor(set) {
    const key = [...set].sort((a, b) => a - b).join(',');
    let s = stateIndex.get(key);
    if (s === undefined) {
      s = dfa.length;
      stateIndex.set(key, s);
      dfa.push({ set, final: false, edges: null });
    }
    return s;
  }
  const rootState = stateFor(closure(new Set([idOf(root)])));
  for (let s = 0; s < dfa.length; s++) {
    const state = dfa[s];
    const moves = new Map();
    for (const id of state.set) {
      const n = nodes[id];
      if (n.f) state.final = true;
      for (const [ch, child] of childrenOf(n)) {
        if (s === rootState && skippedAtRoot.has(ch)) continue;
        const l = label(ch);
        if (!l) continue; // epsilon (already in the closure) or not a letter
        if (l.length !== 1) continue; // a ligature in the dictionary itself: none in practice, left out
        let target = moves.get(l);
        if (!target) moves.set(l, (target = new Set()));
        target.add(idOf(child));
      }
    }
    state.edges = new Map([...moves].map(([l, set]) => [l, stateFor(closure(set))]));
    state.set = null; // free the node sets as we go
  }

  // Minimize: the automaton is acyclic, so states with the same finality and the same labelled
  // edges to equal states are equal (hash-consing in reverse topological order).
  const order = [];
  const seen = new Uint8Array(dfa.length);
  const stack = [[rootState, false]];
  while (stack.length) {
    const [s, done] = stack.pop();
    if (done) {
      order.push(s);
      continue;
    }
    if (seen[s]) continue;
    seen[s] = 1;
    stack.push([s, true]);
    for (const t of dfa[s].edges.values()) if (!seen[t]) stack.push([t, false]);
  }
  const canonical = new Int32Array(dfa.length).fill(-1);
  const signatures = new Map();
  const minimal = []; // { final, edges: [label code, target][] }
  for (const s of order) {
    const edges = [...dfa[s].edges].map(([l, t]) => [l.charCodeAt(0), canonical[t]]).sort((a, b) => a[0] - b[0]);
    const sig = (dfa[s].final ? 'F' : 'N') + edges.map(([c, t]) => `${c}:${t}`).join(',');
    let m = signatures.get(sig);
    if (m === undefined) {
      m = minimal.length;
      signatures.set(sig, m);
      minimal.push({ final: dfa[s].final, edges });
    }
    canonical[s] = m;
  }
  const start = canonical[rootState];

  // Flat layout: header, firstEdge (u32, states+1), targets (u32), labels (u16), final (u8).
  const stateCount = minimal.length;
  const edgeCount = minimal.reduce((n, s) => n + s.edges.length, 0);
  const HEADER = 6 * 4;
  const size = HEADER + (stateCount + 1) * 4 + edgeCount * 4 + edgeCount * 2 + stateCount;
  const buf = new ArrayBuffer(size + ((4 - (size % 4)) % 4));
  const header = new Uint32Array(buf, 0, 6);
  header.set([0x4c514454 /* "TDQL" little-endian */, 1, stateCount, edgeCount, start, 0]);
  const firstEdge = new Uint32Array(buf, HEADER, stateCount + 1);
  const targets = new Uint32Array(buf, HEADER + (stateCount + 1) * 4, edgeCount);
  const labels = new Uint16Array(buf, HEADER + (stateCount + 1) * 4 + edgeCount * 4, edgeCount);
  const finals = new Uint8Array(buf, HEADER + (stateCount + 1) * 4 + edgeCount * 6, stateCount);
  let e = 0;
  minimal.forEach((s, i) => {
    firstEdge[i] = e;
    finals[i] = s.final ? 1 : 0;
    for (const [c, t] of s.edges) {
      labels[e] = c;
      targets[e] = t;
      e++;
    }
  });
  firstEdge[stateCount] = e;
  return { buf, subsetStates: dfa.length, stateCount, edgeCount };
}

mkdirSync(outDir, { recursive: true });
const dictVersion = JSON.parse(readFileSync(join(dictDir, 'package.json'), 'utf8')).version;
const targets = [
  {
    name: 'ar',
    inputs: [trieFile],
    license: join(dictDir, 'LICENSE'),
    async trie() {
      const { importTrie } = await import('cspell-trie-lib');
      const root = importTrie(gunzipSync(readFileSync(trieFile)).toString('utf8').split('\n'));
      // Entries under these root markers are not plain words: '~' accent-stripped duplicates, '!' forbidden.
      return { root, skipped: new Set([root.stripCaseAndAccentsPrefix, root.forbiddenWordPrefix, root.compoundCharacter].filter(Boolean)) };
    },
  },
  {
    name: 'common',
    inputs: [commonFile],
    license: 'data/common-words/LICENSE.txt',
    async trie() {
      return { root: wordTrie(readFileSync(commonFile, 'utf8').split('\n').filter(Boolean)), skipped: new Set() };
    },
  },
];
for (const target of targets) {
  const outFile = join(outDir, `${target.name}.lex`);
  if (upToDate(outFile, target.inputs)) {
    console.log(`${outFile} up to date`);
    continue;
  }
  const started = performance.now();
  const { root, skipped } = await target.trie();
  const { buf, subsetStates, stateCount, edgeCount } = compile(root, skipped);
  writeFileSync(outFile, new Uint8Array(buf));
  copyFileSync(target.license, join(outDir, `${target.name}.LICENSE.txt`));
  console.log(`${outFile}: ${subsetStates} subset states → ${stateCount} states, ${edgeCount} edges, ${(buf.byteLength / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
// shape.bin: the letter model of what a word looks like (src/core/spacing/wordShape.ts), learned
// from the common words, so it carries their license.
const shapeOut = join(outDir, 'shape.bin');
if (upToDate(shapeOut, [commonFile, shapeFile, 'src/core/dataFile.ts'])) console.log(`${shapeOut} up to date`);
else {
  const started = performance.now();
  const bytes = learnWordShape(readFileSync(commonFile, 'utf8').split('\n').filter(Boolean).map((w) => foldString(w)).filter(Boolean));
  writeFileSync(shapeOut, bytes);
  console.log(`${shapeOut}: ${(bytes.byteLength / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
// names.bin: the same letter model learned from the common words the full lexicon lacks — names,
// brands and transliterations (ايفانوف, اتلتيكو, اندرويد) — so that a token can be asked whether it
// looks more like a name than like Arabic words. Selected by the LGPL lexicon, so it carries that
// license too (ar.LICENSE.txt), as its own replaceable file.
const namesOut = join(outDir, 'names.bin');
if (upToDate(namesOut, [commonFile, shapeFile, trieFile, 'src/core/dataFile.ts', 'src/core/lexicon.ts'])) console.log(`${namesOut} up to date`);
else {
  const started = performance.now();
  const { loadLexiconFile } = await importTs('src/core/lexicon.ts');
  const lexicon = loadLexiconFile(join(outDir, 'ar.lex'));
  const folded = new Set(readFileSync(commonFile, 'utf8').split('\n').map((w) => foldString(w.trim())).filter((w) => w.length >= 2));
  const names = [...folded].filter((w) => !lexicon.has(w));
  const bytes = learnWordShape(names);
  writeFileSync(namesOut, bytes);
  console.log(`${namesOut}: ${names.length} words, ${(bytes.byteLength / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
writeFileSync(
  join(outDir, 'README.txt'),
  `Tadqiq's word lists (separate, replaceable data files)

ar.lex — built by scripts/build-lexicon.mjs from @cspell/dict-ar ${dictVersion} (ar.trie.gz), licensed
under the GNU Lesser General Public License v3.0: see ar.LICENSE.txt.

common.lex — built from Tesseract's Arabic word list (tessdata_fast ara.traineddata, as Debian's
tesseract-ocr-ara ships it; see data/common-words in the source), licensed under the Apache
License 2.0: see common.LICENSE.txt.

shape.bin — a letter model of what a word looks like (which letters follow which, and which end a
word), learned from the same Tesseract list, so also under the Apache License 2.0 (common.LICENSE.txt).

names.bin — the same kind of model learned from the words of the Tesseract list that ar.lex lacks
(names, brands, transliterations): Apache License 2.0 for the words (common.LICENSE.txt), and, as it
was selected by ar.lex, offered under the GNU Lesser General Public License v3.0 too (ar.LICENSE.txt).

Both hold their words folded for matching (no diacritics or tatweel; one alef form; ى as ي; ة as ه),
as minimal automata. To use other word lists, replace a file with one built the same way
(npm run build rebuilds them).
`,
);

/** A plain trie of written words, in the node shape compile() reads. */
function wordTrie(words) {
  const root = { c: new Map(), f: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.c.get(ch);
      if (!next) node.c.set(ch, (next = { c: new Map(), f: false }));
      node = next;
    }
    node.f = true;
  }
  return root;
}
