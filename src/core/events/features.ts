import { digitValue } from '../normalize';
import { FUNCTION_WORDS } from '../spacing/arabicWords';
import { stem } from '../stem';
import { arabicWords, forEachArabicWord, WORD_CACHE_SIZE } from '../tokenize';

/** What clustering needs from one article, computed once per article (the map step). */
export interface ArticleFeatures {
  title: string;
  /** Stemmed content terms, numbers (#246), months (m:4), quotes (q:…) → count. */
  terms: Map<string, number>;
  /** Months the text dates itself by, as year*12+month (Gregorian, with a year), for the time gate. */
  months: number[];
  /** Calendar months (1–12) named in the text, with or without a year. */
  monthNames: number[];
  /** ISO dates (YYYY-MM-DD) the text gives, sorted. */
  dates: string[];
  words: number;
  /** Hash of the first 400 folded words, for exact duplicates. */
  fingerprint: number;
  note?: string;
}

/** News verbs and fillers that every story has; they say nothing about which story. */
const NEWS_STOPWORDS = new Set(
  'قال اضاف اكد اوضح اشار ذكر اعلن افاد اليوم امس غدا يوم عام وقت خلال وفق حسب نحو اكثر اقل ايضا حاليا مساء صباح الي التي الذي الذين وكان وكانت كما حيث لها له لهم لقد تم يتم جدا كذلك بعض اخري اخر جميع'.split(' '),
);

const GREGORIAN: Record<string, number> = { يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, مايو: 5, يونيو: 6, يوليو: 7, اغسطس: 8, سبتمبر: 9, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12 };
/** Levantine month names; two-word names are keyed by their second word's first occurrence below. */
const LEVANTINE: Record<string, number> = { شباط: 2, اذار: 3, نيسان: 4, ايار: 5, حزيران: 6, تموز: 7, ايلول: 9 };
const TWO_WORD: Record<string, number> = { 'كانون الثاني': 1, 'كانون الاول': 12, 'تشرين الاول': 10, 'تشرين الثاني': 11 };
const MONTHS = new Map<string, number>([...Object.entries(GREGORIAN), ...Object.entries(LEVANTINE)]);
const HIJRI = new Set(['محرم', 'صفر', 'ربيع', 'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعده', 'الحجه']);

const LEAD_WORDS = 120;


/** A word's content term (its stem), or '' for a stopword or a word under three letters; remembered by word-cache slot. */
function contentTerm(folded: string, slot: number): string {
  if (slot >= 0 && termWords[slot] === folded) return termOfSlot[slot];
  const term = folded.length < 3 || isStopword(folded) ? '' : stem(folded);
  if (slot >= 0) {
    termWords[slot] = folded;
    termOfSlot[slot] = term;
  }
  return term;
}
const termWords: (string | undefined)[] = new Array(WORD_CACHE_SIZE);
const termOfSlot: string[] = new Array(WORD_CACHE_SIZE);

function isStopword(folded: string): boolean {
  const bare = folded.length > 3 && /^[وف]/.test(folded) ? folded.slice(1) : folded;
  return FUNCTION_WORDS.has(folded) || FUNCTION_WORDS.has(bare) || NEWS_STOPWORDS.has(bare) || NEWS_STOPWORDS.has(folded);
}

export function titleOf(text: string): string {
  let line = '';
  for (let from = 0; from < text.length && !line; ) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    line = text.slice(from, Math.min(end, from + 2000)).replace(/^#+\s*/, '').trim();
    from = end + 1;
  }
  if (line.length <= 120) return line;
  const cut = line.lastIndexOf(' ', 117);
  return line.slice(0, cut > 60 ? cut : 117) + '…';
}

export function extractFeatures(text: string): ArticleFeatures {
  const terms = new Map<string, number>();
  const add = (t: string, n = 1) => terms.set(t, (terms.get(t) ?? 0) + n);
  // The words as parallel lists (no object per word: this runs over every article of the corpus),
  // each with its content term: its stem, or '' for a stopword or a word under three letters.
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const contentTerms: string[] = [];
  forEachArabicWord(text, (start, end, folded, slot) => {
    if (!folded) return;
    words.push(folded);
    starts.push(start);
    ends.push(end);
    contentTerms.push(contentTerm(folded, slot));
  });
  const titleEnd = text.search(/\r?\n|$/);
  const months: number[] = [];
  const dates: string[] = [];
  let fingerprint = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    const f = words[i];
    if (i < 400) fingerprint = Math.imul(fingerprint ^ hashWord(f), 0x01000193) >>> 0;
    const bare = f.length > 3 && f.charCodeAt(0) === 0x0648 && MONTHS.has(f.slice(1)) ? f.slice(1) : f;
    let month = MONTHS.get(bare);
    let last = i;
    if (month === undefined && (bare === 'كانون' || bare === 'تشرين') && i + 1 < words.length) {
      month = TWO_WORD[`${bare} ${words[i + 1]}`];
      last = i + 1;
    }
    if (month !== undefined) {
      add(`m:${month}`);
      const { day, year } = numbersAround(text, starts[i], ends[last]);
      if (day) add(`d:${day}-${month}`, 2);
      if (year && year >= 1900 && year <= 2100) {
        months.push(year * 12 + month - 1);
        dates.push(`${year}-${pad(month)}${day ? `-${pad(day)}` : ''}`);
      }
      continue;
    }
    const term = contentTerms[i];
    if (!term) continue;
    if (HIJRI.has(bare)) add(`h:${bare}`);
    // The headline and the lead say what the story is (inverted pyramid); the rest is background.
    add(term, starts[i] < titleEnd ? 3 : i < LEAD_WORDS ? 2 : 1);
  }
  for (const m of text.matchAll(/[0-9\u0660-\u0669\u06f0-\u06f9]{2,}/g)) add(`#${toWestern(m[0])}`);
  for (const q of text.matchAll(/«([^»\n]{15,200})»/g)) add(`q:${[...arabicWords(q[1])].slice(0, 6).map((t) => t.folded).join(' ')}`, 2);
  const hasArabic = words.length > 0;
  const note = !text.trim() ? 'empty article' : !hasArabic ? 'no Arabic text' : words.length < 15 ? 'very short article' : undefined;
  const monthNames: number[] = [];
  for (const [t] of terms) if (t.charCodeAt(0) === 0x6d /* m */ && t[1] === ':') monthNames.push(Number(t.slice(2)));
  return { title: titleOf(text), terms, months, monthNames, dates: [...new Set(dates)].sort(), words: words.length, fingerprint, ...(note ? { note } : {}) };
}

/** Day before a month name and year after it: "22 نيسان 2016", "22 أبريل/نيسان 2016". */
function numbersAround(text: string, start: number, end: number): { day?: number; year?: number } {
  const before = /([0-9\u0660-\u0669]{1,2})\s*(?:من\s*)?$/.exec(text.slice(Math.max(0, start - 12), start));
  const after = /^\s*(?:\/\s*\S+\s*)?(?:\(\S+\)\s*)?(?:من\s*)?(?:عام\s*)?([0-9\u0660-\u0669]{4})/.exec(text.slice(end, end + 30));
  const day = before ? Number(toWestern(before[1])) : undefined;
  return { day: day && day >= 1 && day <= 31 ? day : undefined, year: after ? Number(toWestern(after[1])) : undefined };
}

function toWestern(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) out += String(digitValue(digits.charCodeAt(i)));
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
