import { existsSync, readFileSync } from 'node:fs';
import { openDataFile } from './dataFile';
import { WordShape } from './spacing/wordShape';
import type { Lexicon, WordLists } from './types';

const MAGIC = 0x4c514454; // "TDQL"
const FORMAT_VERSION = 1;
const HEADER_WORDS = 6;

/**
 * The word list as a minimal acyclic automaton over folded words, read straight from typed-array
 * views of the file (built by scripts/build-lexicon.mjs): no per-word objects, a few ms to load.
 */
export class CompactLexicon implements Lexicon {
  private constructor(
    private readonly firstEdge: Uint32Array,
    private readonly targets: Uint32Array,
    private readonly labels: Uint16Array,
    private readonly finals: Uint8Array,
    private readonly start: number,
  ) {}

  static fromBytes(bytes: Uint8Array): CompactLexicon {
    const { aligned, header } = openDataFile(bytes, MAGIC, HEADER_WORDS, 'lexicon');
    const [, version, states, edges, start] = header;
    if (version !== FORMAT_VERSION) throw new Error(`lexicon format ${version} is not supported (expected ${FORMAT_VERSION}); rebuild it with npm run build`);
    let offset = aligned.byteOffset + HEADER_WORDS * 4;
    const need = HEADER_WORDS * 4 + (states + 1) * 4 + edges * 6 + states;
    if (aligned.byteLength < need || start >= states) throw new Error('lexicon file is truncated or corrupt');
    const firstEdge = new Uint32Array(aligned.buffer, offset, states + 1);
    offset += (states + 1) * 4;
    const targets = new Uint32Array(aligned.buffer, offset, edges);
    offset += edges * 4;
    const labels = new Uint16Array(aligned.buffer, offset, edges);
    offset += edges * 2;
    const finals = new Uint8Array(aligned.buffer, offset, states);
    return new CompactLexicon(firstEdge, targets, labels, finals, start);
  }

  get stateCount(): number {
    return this.finals.length;
  }

  has(folded: string): boolean {
    if (folded.length === 0) return false;
    let s = this.start;
    for (let i = 0; i < folded.length; i++) {
      s = this.step(s, folded.charCodeAt(i));
      if (s < 0) return false;
    }
    return this.finals[s] === 1;
  }

  forEachWordEnd(folded: string, start: number, visit: (end: number) => void): void {
    let s = this.start;
    for (let i = start; i < folded.length; i++) {
      s = this.step(s, folded.charCodeAt(i));
      if (s < 0) return;
      if (this.finals[s] === 1) visit(i + 1);
    }
  }

  /** The state after reading `c` from `s`, or -1. Edges are sorted by label: binary search. */
  private step(s: number, c: number): number {
    let lo = this.firstEdge[s];
    let hi = this.firstEdge[s + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = this.labels[mid];
      if (l === c) return this.targets[mid];
      if (l < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** Reads a lexicon file; the only Node API of the core, kept out of the hot path. */
export function loadLexiconFile(path: string): CompactLexicon {
  return CompactLexicon.fromBytes(readData(path));
}

function readData(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new Error(`cannot read the word list ${path}: ${e instanceof Error ? e.message : String(e)} (run npm run build)`);
  }
}

/**
 * The word lists the build writes to `dir`: ar.lex, and common.lex when it is there (optional: the
 * rules work without it, with less evidence). A list that is there but unreadable is an error.
 */
export function loadWordLists(dir: string): WordLists {
  const commonFile = `${dir}/common.lex`;
  const shapeFile = `${dir}/shape.bin`;
  const namesFile = `${dir}/names.bin`;
  return {
    lexicon: loadLexiconFile(`${dir}/ar.lex`),
    common: existsSync(commonFile) ? loadLexiconFile(commonFile) : undefined,
    shape: existsSync(shapeFile) ? WordShape.fromBytes(readData(shapeFile)) : undefined,
    names: existsSync(namesFile) ? WordShape.fromBytes(readData(namesFile)) : undefined,
  };
}

