import { digitValue } from './normalize';
import { CONNECTING_PROCLITICS } from './spacing/arabicWords';
import type { CliticConvention } from './spacing/shared';
import { forEachArabicWord, ownString, WORD_CACHE_SIZE } from './tokenize';

/**
 * How the corpus itself spells words: counts of folded words and of adjacent word pairs.
 * It is the spelling evidence of the run-together rule (a pair seen apart elsewhere is
 * evidence for a split; a glued form the corpus uses often, and never apart, is a name).
 * Words get small integer ids, so a pair is one number key and counting stays cheap.
 */
export class WordStats {
  private readonly ids = new Map<string, number>();
  private counts = new Int32Array(1024);
  private readonly pairs = new PairCounts();
  private total = 0;
  /** How often a connecting proclitic joins a quote or digit with a tatweel (لـ«), and directly (ل«). */
  private readonly joins = { tatweel: 0, attached: 0 };
  /**
   * Ids by the tokenizer's cache slot (see WordVisitor), so most words skip the map. A quarter of
   * the slots, folded together: a table the tokenizer's size is a large object, slow to create for
   * the many small instances the editor and the tests make.
   */
  private readonly slotWords: (string | undefined)[] = new Array(SLOT_IDS);
  private readonly slotIds = new Int32Array(SLOT_IDS);

  /** How many words the corpus holds (so counts can be read as rates). */
  get words(): number {
    return this.total;
  }

  add(text: string, sign: 1 | -1 = 1): void {
    forEachArabicWord(text, this.learner(text, sign));
  }

  /** A word visitor (see forEachArabicWord) that counts the words of `text` as they are read; returns the word's id. */
  learner(text: string, sign: 1 | -1 = 1): (start: number, end: number, folded: string, slot: number) => number {
    let previous = -1;
    let previousEnd = -2;
    return (start, end, folded, slot) => {
      if (!folded) {
        previous = -1;
        return -1;
      }
      if (folded.length === 1) this.countJoin(text, start, end, folded, sign);
      let id: number;
      const at = slot & (SLOT_IDS - 1);
      if (slot >= 0 && this.slotWords[at] === folded) id = this.slotIds[at];
      else {
        id = this.idOf(folded);
        if (slot >= 0) {
          this.slotWords[at] = folded;
          this.slotIds[at] = id;
        }
      }
      this.counts[id] += sign;
      this.total += sign;
      // A pair counts only when the two words are separated by plain spaces.
      if (previous >= 0 && isPlainGap(text, previousEnd, start)) {
        this.pairs.add(previous, id, sign);
      }
      previous = id;
      previousEnd = end;
      return id;
    };
  }

  /** A lone connecting proclitic written onto a quote or digit (the newsroom's convention for it). */
  private countJoin(text: string, start: number, end: number, folded: string, sign: number): void {
    if (!CONNECTING_PROCLITICS.has(folded) || (start > 0 && !/[\s(]/.test(text[start - 1]))) return;
    const next = text.charCodeAt(end);
    if (next !== 0xab && next !== 0x22 && next !== 0x201c && digitValue(next) < 0) return; // « " “ or a digit
    if (text.charCodeAt(end - 1) === 0x0640) this.joins.tatweel += sign;
    else this.joins.attached += sign;
  }

  /** How often the corpus joins a proclitic to a quote or digit with a tatweel, and directly. */
  cliticJoins(): { tatweel: number; attached: number } {
    return { ...this.joins };
  }

  /** The convention the corpus uses more often: directly only when it does so more than with a tatweel. */
  cliticConvention(): CliticConvention {
    return this.joins.attached > this.joins.tatweel ? 'attached' : 'tatweel';
  }

  remove(text: string): void {
    this.add(text, -1);
  }

  count(folded: string): number {
    const id = this.ids.get(folded);
    return id === undefined ? 0 : this.counts[id];
  }

  pairCount(left: string, right: string): number {
    const l = this.ids.get(left);
    const r = this.ids.get(right);
    return l === undefined || r === undefined ? 0 : this.pairs.get(l, r);
  }

  private idOf(folded: string): number {
    let id = this.ids.get(folded);
    if (id === undefined) {
      id = this.ids.size;
      // A key cut from a text may be a view of the whole text: kept as it is, it would keep every
      // version of every article that brought a new long word.
      this.ids.set(ownString(folded), id);
      if (id >= this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return id;
  }
}

const SLOT_IDS = WORD_CACHE_SIZE >> 2;

/**
 * Counts of (left id, right id) pairs in an open-addressing table of typed arrays. A Map keyed by
 * left * 2^26 + right boxes every key beyond the small-integer range, and counting a million words
 * then spends much of its time allocating and collecting those boxes. A pair whose count falls to
 * zero keeps its slot (reads as 0), so no tombstones are needed.
 */
class PairCounts {
  private lefts = new Int32Array(1 << 12).fill(-1);
  private rights = new Int32Array(1 << 12);
  private counts = new Int32Array(1 << 12);
  private used = 0;

  get(left: number, right: number): number {
    const slot = this.find(left, right);
    return this.lefts[slot] === -1 ? 0 : Math.max(0, this.counts[slot]);
  }

  add(left: number, right: number, delta: number): void {
    let slot = this.find(left, right);
    if (this.lefts[slot] === -1) {
      if (delta <= 0) return;
      if ((this.used + 1) * 2 > this.lefts.length) {
        this.grow();
        slot = this.find(left, right);
      }
      this.lefts[slot] = left;
      this.rights[slot] = right;
      this.used++;
    }
    this.counts[slot] += delta;
  }

  /** The slot holding the pair, or the empty slot where it would go. */
  private find(left: number, right: number): number {
    const mask = this.lefts.length - 1;
    let slot = pairHash(left, right) & mask;
    while (this.lefts[slot] !== -1 && (this.lefts[slot] !== left || this.rights[slot] !== right)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { lefts, rights, counts } = this;
    this.lefts = new Int32Array(lefts.length * 2).fill(-1);
    this.rights = new Int32Array(lefts.length * 2);
    this.counts = new Int32Array(lefts.length * 2);
    for (let i = 0; i < lefts.length; i++) {
      if (lefts[i] === -1) continue;
      const slot = this.find(lefts[i], rights[i]);
      this.lefts[slot] = lefts[i];
      this.rights[slot] = rights[i];
      this.counts[slot] = counts[i];
    }
  }
}

/**
 * Word ids follow the order words first appear, which a text chooses: with a fixed hash whose low
 * bits came from the ids' low bits, a crafted text put every pair in one probe run (2^18 pairs: 25 s
 * instead of 0.9 s). The pair is mixed with a seed drawn per process, through murmur3's finalizer.
 */
const PAIR_SEED = (Math.random() * 2 ** 32) | 0;

function pairHash(left: number, right: number): number {
  let h = Math.imul(left ^ PAIR_SEED, 0x9e3779b1) ^ right;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Only plain spaces (one to three) stand between two words: they are read as a pair. */
export function isPlainGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}
