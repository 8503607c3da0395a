import * as path from 'node:path';
import { loadWordLists } from '../../src/core/lexicon';
import type { Lexicon, WordLists } from '../../src/core/types';

let cached: WordLists | undefined;

/** The word lists the build wrote (dist/lexicon): the real ones, loaded once per test run. */
export function wordLists(): WordLists {
  cached ??= loadWordLists(path.join(repoRoot, 'dist', 'lexicon'));
  return cached;
}

/** The main lexicon (dist/lexicon/ar.lex). */
export function lexicon(): Lexicon {
  return wordLists().lexicon;
}

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
