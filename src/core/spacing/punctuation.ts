import { isArabicLetter, digitValue } from '../normalize';
import { CONNECTING_PROCLITICS, PROCLITICS } from './arabicWords';
import { inHandle, q, type FindingSink } from './shared';

const isMarkOrTatweel = (ch: string): boolean => ch === '\u0640' || (ch >= '\u064b' && ch <= '\u065f');
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && (isArabicLetter(ch.charCodeAt(0)) || digitValue(ch.charCodeAt(0)) >= 0 || isMarkOrTatweel(ch));
const isArabicLetterChar = (ch: string | undefined): boolean => ch !== undefined && isArabicLetter(ch.charCodeAt(0));
const isDigitChar = (ch: string | undefined): boolean => ch !== undefined && digitValue(ch.charCodeAt(0)) >= 0;
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\u00a0' || ch === '\t';

/** Marks that take no space before them and one after. */
const NO_SPACE_BEFORE = new Set(['،', '؛', '.', ',']);
const SPACE_AFTER = new Set(['،', '؛', '؟', '!', ':', '.', ',']);

/**
 * Spacing around quotation marks and punctuation, one paragraph at a time:
 * `وقال»إن` → `وقال »إن`, `انتهاك »` → `انتهاك»`, `كلمة ،` → `كلمة،`, `قال:إن` → `قال: إن`.
 * Only spaces move: a reversed quotation mark is reported in the message, not rewritten.
 * One pass over the marks of the whole range: every search moves forward, so the time is linear
 * however many paragraphs there are (a search per paragraph that ran on to the next mark could
 * read the rest of a file once for every line).
 */
export function punctuationSpacing(text: string, from: number, to: number, out: FindingSink): void {
  const quotes = new StraightQuotes(text);
  let paragraphStart = from;
  let paragraphEnd = from - 1;
  let straightBalanced = true;
  /** Quotations open at this point of the paragraph (quotes nest: «قال "كذا" ثم»). */
  let depth = 0;
  INTERESTING.lastIndex = from;
  // `test` leaves lastIndex just past the mark it found, and allocates no match.
  while (INTERESTING.test(text)) {
    const i = INTERESTING.lastIndex - 1;
    if (i >= to) break;
    if (i > paragraphEnd) {
      paragraphStart = Math.max(from, text.lastIndexOf('\n', i) + 1);
      const newline = text.indexOf('\n', i);
      paragraphEnd = newline < 0 || newline > to ? to : newline;
      straightBalanced = quotes.countIn(paragraphStart, paragraphEnd) % 2 === 0;
      depth = 0;
    }
    const ch = text[i];
    if (ch === '«' || ch === '»' || (ch === '"' && straightBalanced)) {
      const opening = quoteOpens(text, i, paragraphStart, depth);
      depth = opening ? depth + 1 : Math.max(0, depth - 1);
      if (opening) openingQuote(text, i, paragraphStart, ch === '»', out);
      else closingQuote(text, i, paragraphStart, ch === '«', out);
    } else if (NO_SPACE_BEFORE.has(ch) && isSpace(text[i - 1]) && !(ch === '.' && text[i + 1] === '.')) {
      let s = i - 1;
      while (s > paragraphStart && isSpace(text[s - 1])) s--;
      if (isWordChar(text[s - 1]) && !(ch === '.' && isDigitChar(text[i + 1]))) {
        out.push({ code: 'punctuation-spacing', offset: s, length: i + 1 - s, message: `Space before "${ch}": punctuation follows the word directly.`, fixes: [{ title: `Remove the space before "${ch}"`, edits: [{ offset: s, length: i - s, text: '' }] }] });
      }
    }
    if (SPACE_AFTER.has(ch) && isArabicLetterChar(text[i + 1]) && (isWordChar(text[i - 1]) || isSpace(text[i - 1]) || text[i - 1] === '»' || text[i - 1] === ')') && !(ch === '.' && (isAbbreviation(text, i) || text[i - 1] === '.')) && !betweenInitials(text, i) && !inHandle(text, i, i + 1)) {
      out.push({ code: 'punctuation-spacing', offset: i, length: 2, message: `Missing space after "${ch}".`, fixes: [{ title: `Insert a space after "${ch}"`, edits: [{ offset: i + 1, length: 0, text: ' ' }] }] });
    }
  }
}

/**
 * The marks this rule looks at. The regular expression finds the next one in native code; a
 * JavaScript loop over every code unit was most of this rule's time.
 */
const INTERESTING = /[«»"،؛.,؟!:]/g;

/**
 * Whether the quotation mark at `i` opens a quotation, read from the space around it whatever the
 * mark (papers write « and » either way round): after a space (or the paragraph's start) and before
 * a word a mark opens, after a word and before a space or punctuation it closes, whatever came
 * before it (so a quotation inside a quotation, «قال "كذا" ثم», is read right). Between two words
 * it opens after a tatweel or a proclitic standing alone (بـ"كذا", ل"كذا"). Any other mark with
 * words or spaces on both sides, misspaced either way, is read from the quotations still open.
 */
function quoteOpens(text: string, i: number, from: number, depth: number): boolean {
  const wordBefore = i > from && QUOTED.test(text[i - 1]);
  const wordAfter = i + 1 < text.length && QUOTED.test(text[i + 1]);
  if (wordBefore !== wordAfter) return wordAfter;
  if (wordBefore && (text[i - 1] === '\u0640' || isLoneProclitic(text, lastLetterBefore(text, i, from), from))) return true;
  return depth === 0;
}

/** What a quotation holds at its edges: a letter of any script, a digit, a mark or a tatweel (الـ"KeeK"). */
const QUOTED = /[\p{L}\p{N}\p{M}\u0640]/u;

/** Counts straight quotes in ranges asked for in order, with one forward search through the text. */
class StraightQuotes {
  private next: number;
  constructor(private readonly text: string) {
    this.next = text.indexOf('"');
  }

  countIn(start: number, end: number): number {
    while (this.next >= 0 && this.next < start) this.advance();
    let n = 0;
    for (; this.next >= 0 && this.next < end; this.advance()) n++;
    return n;
  }

  private advance(): void {
    this.next = this.text.indexOf('"', this.next + 1);
  }
}

function openingQuote(text: string, i: number, from: number, reversed: boolean, out: FindingSink): void {
  const note = reversed ? ' (the opening quotation mark is written reversed: » for «)' : '';
  if (i > from && isWordChar(text[i - 1])) {
    // A lone proclitic before the quote joins it (كـ«هدية»).
    const letterStart = lastLetterBefore(text, i, from);
    const hasTatweel = text.slice(letterStart, i).includes('\u0640');
    const letter = text[letterStart];
    if (isLoneProclitic(text, letterStart, from)) {
      // A finding of the tatweel convention only (the checker drops it under `attached`).
      if (!hasTatweel && CONNECTING_PROCLITICS.has(letter)) {
        out.push({ code: 'punctuation-spacing', offset: letterStart, length: i + 1 - letterStart, message: `${q(letter)} before a quotation mark takes a tatweel (${q(letter + 'ـ' + text[i])})${note}.`, fixes: [{ title: `Insert a tatweel: ${letter}ـ${text[i]}`, edits: [{ offset: i, length: 0, text: '\u0640' }] }], convention: 'tatweel only' });
      }
    } else if (!hasTatweel) {
      // A tatweel joins the word to the quote on purpose (الـ"24" ساعة); any other word needs a space.
      out.push({ code: 'punctuation-spacing', offset: i - 1, length: 2, message: `Missing space before the opening quotation mark${note}.`, fixes: [{ title: 'Insert a space before the quotation mark', edits: [{ offset: i, length: 0, text: ' ' }] }] });
    }
  }
  let e = i + 1;
  while (isSpace(text[e])) e++;
  if (e > i + 1 && isArabicLetterChar(text[e])) {
    out.push({ code: 'punctuation-spacing', offset: i, length: e - i, message: `Space after the opening quotation mark${note}.`, fixes: [{ title: 'Remove the space after the quotation mark', edits: [{ offset: i + 1, length: e - i - 1, text: '' }] }] });
  }
}

/** Where the letter before `i` is, past the harakat and tatweel written on it (بِـ«, وَ«), as the clitic rule sees it. */
function lastLetterBefore(text: string, i: number, from: number): number {
  let k = i - 1;
  while (k > from && isMarkOrTatweel(text[k])) k--;
  return k;
}

/** The letter at `k` is a proclitic standing alone: nothing but marks or tatweel before it in its word (ـو« is the word و). */
function isLoneProclitic(text: string, k: number, from: number): boolean {
  let wordStart = k;
  while (wordStart > from && isMarkOrTatweel(text[wordStart - 1])) wordStart--;
  return PROCLITICS.has(text[k]) && (wordStart === from || /[\s(«"]/.test(text[wordStart - 1]));
}

function closingQuote(text: string, i: number, from: number, reversed: boolean, out: FindingSink): void {
  const note = reversed ? ' (the closing quotation mark is written reversed: « for »)' : '';
  let s = i;
  while (s > from && isSpace(text[s - 1])) s--;
  if (s < i && isWordChar(text[s - 1])) {
    out.push({ code: 'punctuation-spacing', offset: s, length: i + 1 - s, message: `Space before the closing quotation mark${note}.`, fixes: [{ title: 'Remove the space before the quotation mark', edits: [{ offset: s, length: i - s, text: '' }] }] });
  }
  if (isArabicLetterChar(text[i + 1])) {
    out.push({ code: 'punctuation-spacing', offset: i, length: 2, message: `Missing space after the closing quotation mark${note}.`, fixes: [{ title: 'Insert a space after the quotation mark', edits: [{ offset: i + 1, length: 0, text: ' ' }] }] });
  }
}

/** (غ،ع), أ.ب: a mark between two letters that stand alone joins initials, not sentences. */
function betweenInitials(text: string, mark: number): boolean {
  return isArabicLetterChar(text[mark - 1]) && !isArabicLetterChar(text[mark - 2]) && isArabicLetterChar(text[mark + 1]) && !isArabicLetterChar(text[mark + 2]);
}

/**
 * سي.آي.إيه, د.محمد: a full stop after a word of one or two letters marks an abbreviation; so does
 * one inside a chain of short pieces, up to three letters each (جيه.بي.اكس).
 */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isArabicLetterChar(text[s - 1])) s--;
  let e = dot + 1;
  while (e < text.length && isArabicLetterChar(text[e])) e++;
  const before = dot - s;
  const after = e - dot - 1;
  if (before >= 1 && before <= 2) return true;
  return before === 3 && after >= 1 && after <= 3 && (text[s - 1] === '.' || text[e] === '.');
}
