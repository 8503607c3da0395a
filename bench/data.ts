import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { loadWordLists } from '../src/core/lexicon';
import type { WordLists } from '../src/core/types';

/** The development data beside the repo (never shipped): ../shared/data. */
export const DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'data');
export const NEWS_FILE = path.join(DATA_DIR, 'saudinewsnet-dev.jsonl.gz');

export interface NewsArticle {
  id: string;
  source: string;
  date: string;
  title: string;
  paragraphs: string[];
}

let cache: NewsArticle[] | undefined;

/** The 12,000 SaudiNewsNet articles, or [] when the data is not there. */
export function newsArticles(): NewsArticle[] {
  if (cache) return cache;
  if (!fs.existsSync(NEWS_FILE)) return (cache = []);
  cache = zlib
    .gunzipSync(fs.readFileSync(NEWS_FILE))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as NewsArticle);
  return cache;
}

export function articleText(a: NewsArticle): string {
  return `${a.title}\n\n${a.paragraphs.join('\n')}\n`;
}

/** The benchmark reports on the first this many articles of the test split. */
export const BENCH_ARTICLES = 1500;

/**
 * The held-out sets: consecutive runs of the test split's articles. 'test' is the benchmark's;
 * 'validation' (the second set), 'third' and 'fourth' show how much the figures move with the text.
 * 'third' was first measured with version 14 of the run-together rule, 'fourth' with version 17,
 * each frozen before the set was read.
 */
const HELD_OUT_START = { test: 0, validation: BENCH_ARTICLES, third: 2 * BENCH_ARTICLES, fourth: 3 * BENCH_ARTICLES } as const;
export type TextSet = 'tune' | keyof typeof HELD_OUT_START;

/** The first `n` articles of a set: the tune split, or one of the held-out sets. */
export function splitArticles(which: TextSet, n: number): NewsArticle[] {
  const skip = which === 'tune' ? 0 : HELD_OUT_START[which];
  return newsArticles()
    .filter((a) => split(a) === (which === 'tune' ? 'tune' : 'test'))
    .slice(skip, skip + n);
}

/** The texts of the first `n` articles of a set (see splitArticles). */
export function splitTexts(which: TextSet, n: number): string[] {
  return splitArticles(which, n).map(articleText);
}

/**
 * The real news headlines of the ANS corpus (../shared/data/ans-dev.jsonl, `s1`: the `s2` headlines
 * were written by annotators), once each: text from other outlets than SaudiNewsNet's, or [] when
 * the data is not there.
 */
export function ansHeadlines(): string[] {
  const file = path.join(DATA_DIR, 'ans-dev.jsonl');
  if (!fs.existsSync(file)) return [];
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { s1: string });
  return [...new Set(rows.map((r) => r.s1))];
}

/** The seed articles of corpus/, joined: the text the speed benchmarks repeat. */
export function seedsText(): string {
  const corpus = path.resolve(__dirname, '..', '..', 'corpus');
  return fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(corpus, f), 'utf8')).join('\n');
}

/** The speed benchmarks' inputs: the seeds 300 times (~11.5 MB), and a 40 KB article cut from them. */
export function seedTexts(): { big: string; article: string } {
  const seeds = seedsText();
  return { big: Array(300).fill(seeds).join('\n'), article: seeds.repeat(Math.ceil(40_000 / seeds.length)).slice(0, 40_000) };
}

/** The word lists the build wrote (dist/lexicon). */
export function builtWordLists(): WordLists {
  return loadWordLists(path.resolve(__dirname, '..', '..', 'dist', 'lexicon'));
}

/**
 * A fixed split of the articles by id: 'tune' articles are the only ones looked at while
 * developing rules; 'test' articles are held out for the reported figures.
 */
export function split(a: NewsArticle): 'tune' | 'test' {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.id.length; i++) h = Math.imul(h ^ a.id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 10 < 3 ? 'tune' : 'test';
}

/** A small deterministic PRNG (mulberry32), so every run builds the same cases. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
