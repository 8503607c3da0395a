import { forEachArabicWord } from './tokenize';

/**
 * How the corpus itself spells words: counts of folded words and of adjacent word pairs.
 * It is the spelling evidence of the run-together rule (a pair seen apart elsewhere is
 * evidence for a split; a glued form the corpus uses often, and never apart, is a name).
 * Words get small integer ids, so a pair is one number key and counting stays cheap.
 */
export class WordStats {
  private readonly ids = new Map<string, number>();
  private counts = new Int32Array(1024);
  private readonly pairs = new Map<number, number>();
  private total = 0;

  /** How many words the corpus holds (so counts can be read as rates). */
  get words(): number {
    return this.total;
  }

  add(text: string, sign: 1 | -1 = 1): void {
    forEachArabicWord(text, this.learner(text, sign));
  }

  /** A word visitor (see forEachArabicWord) that counts the words of `text` as they are read; returns the word's id. */
  learner(text: string, sign: 1 | -1 = 1): (start: number, end: number, folded: string) => number {
    let previous = -1;
    let previousEnd = -2;
    return (start, end, folded) => {
      if (!folded) {
        previous = -1;
        return -1;
      }
      const id = this.idOf(folded);
      this.counts[id] += sign;
      this.total += sign;
      // A pair counts only when the two words are separated by plain spaces.
      if (previous >= 0 && isPlainGap(text, previousEnd, start)) {
        const key = previous * PAIR_BASE + id;
        const n = (this.pairs.get(key) ?? 0) + sign;
        if (n > 0) this.pairs.set(key, n);
        else this.pairs.delete(key);
      }
      previous = id;
      previousEnd = end;
      return id;
    };
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
    return l === undefined || r === undefined ? 0 : (this.pairs.get(l * PAIR_BASE + r) ?? 0);
  }

  private idOf(folded: string): number {
    let id = this.ids.get(folded);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(folded, id);
      if (id >= this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return id;
  }
}

/** Pair keys are left * PAIR_BASE + right: exact for up to 2^26 distinct words (within 2^53). */
const PAIR_BASE = 2 ** 26;

/** Only plain spaces (one to three) stand between two words: they are read as a pair. */
export function isPlainGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}
