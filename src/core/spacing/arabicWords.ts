import { foldString } from '../normalize';

/**
 * Closed classes of Arabic words that the spacing rules reason with. These are grammar, not a
 * lexicon: prepositions, particles and pronouns (folded: no hamza on alef, ى as ي, ة as ه).
 */

/**
 * Function words that are function words behind و as well (all of them are behind ف): particles and
 * the passive auxiliary (وتم, ويتم). و before the others raised false flags on the tune split.
 */
const CONJOINED_AS_WELL = new Set(['لا', 'لم', 'لن', 'ما', 'قد', 'تم', 'يتم', 'تتم']);

/** Function words that very often stand before another word; a glued form starting with one is suspect. */
export const FUNCTION_WORDS = new Set(
  (
    'في من على عن الي ان لا ما لم لن قد هذا هذه ذلك تلك هؤلاء التي الذي الذين اللذين اللتين كان كانت ' +
    'بعد قبل حتي مع عند كل بين او ثم منذ خلال حول دون غير لدي اذا لكن حيث اي عبر ضمن اما انه انها ' +
    'هو هي هم نحن انا كما بل ولا ولم وقد فقد لقد ليس ليست عليه عليها منه منها فيه فيها الا سوف امس اليوم تم ' +
    'اذ لو كي لكي حين حينما عندما بينما مما بما هنا هناك ايضا فقط اكثر اقل مثل لدى لها له لهم به بها بهم لذا لذلك ' +
    // The passive auxiliary of news prose: يتم تغريم, وتم تقديم.
    'يتم تتم'
  )
    .split(' ')
    .map(foldString)
    // A conjunction on a function word leaves a function word: فلا, فلم, فمن, ولن, وما.
    .flatMap((w) => (CONJOINED_AS_WELL.has(w) ? [w, 'ف' + w, 'و' + w] : [w, 'ف' + w])),
);

/** Particles (folded) that are followed by a verb: لم يصمد, لن, أن يسدد, قد, سوف, كي. */
export const VERBAL_PARTICLES = new Set(['لم', 'لن', 'لا', 'ان', 'قد', 'سوف', 'كي', 'لكي', 'ولم', 'ولن', 'وقد', 'فقد', 'لقد', 'حتي', 'مما', 'بما', 'عندما', 'حين', 'حينما', 'بينما', 'التي', 'الذي', 'الذين']);

/** Prepositions (folded) that follow a full word: a glued form ending in one is suspect. */
export const PREPOSITIONS = new Set('علي من عن في الي بين بعد قبل خلال حول مع عند منذ ضمن عبر لدي نحو'.split(' '));

/**
 * Adverbs of place and time, the four directions and the prepositions made from nouns (folded), which
 * govern the noun after them as a preposition does (تحت مظلة, ضد الاحتلال, رغم الجهود, شرق تركيا):
 * short words of the grammar, not the first syllables of a name. Kept apart from FUNCTION_WORDS,
 * which the event grouping also reads as stopwords, and from PREPOSITIONS, which a glued form may
 * end in (names end in خلف, وسط).
 */
export const NOUN_PREPOSITIONS = new Set('تحت فوق ضد رغم وسط امام خلف اثناء عقب اثر جراء حسب وفق تجاه قرب سوى حوالى شرق غرب شمال جنوب'.split(' ').map(foldString));

/**
 * Demonstratives and the quantifier بعض (folded): no longer word ends in one, so a glued form
 * ending in one is suspect, as with a preposition (يحرز|هذه, يملك|بعض). Not كل: names end in it
 * (ميركل, مايكل).
 */
export const DEMONSTRATIVES_AND_QUANTIFIERS = new Set('هذا هذه ذلك تلك هؤلاء بعض'.split(' ').map(foldString));

/**
 * Function words of three letters or more that follow a full word and that no longer word ends in
 * (folded): relative pronouns, prepositions carrying their pronoun, لكن, فقط, أيضا, and ما joined to
 * a preposition (يسيطر|عليه, المسكن|الذي, اثنين|فقط, ليتحققوا|مما); and أن, إن with or without a pronoun where the hamza is written (مؤكدين|أن):
 * folded, ان is also a noun ending. Written with ة they are other words (علية), which the rule checks.
 * Not فيه, فيها: French names end in them (أوليفيه).
 */
export const TRAILING_FUNCTION_WORDS = new Set(
  'الذي التي الذين عليه عليها عليهم منه منها منهم لكن لكنه لكنها فقط ايضا ان انه انها انهم مما عما فيما كما بما'.split(' ').map(foldString),
);

/** Verbs that report speech in the news (folded, past tense, he and she), which the speaker's name follows. */
const REPORTING_VERBS = new Set('قال قالت اكد اكدت اضاف اضافت اوضح اوضحت اشار اشارت اعلن اعلنت صرح صرحت'.split(' '));

/** A verb of reporting, also behind و or ف (وقال, فأكد). */
export function isReportingVerb(folded: string): boolean {
  return REPORTING_VERBS.has(folded) || ('وف'.includes(folded[0]) && REPORTING_VERBS.has(folded.slice(1)));
}

/** Folded first parts of compound proper names that newsrooms write solid: عبدالله, أبوظبي. */
export const NAME_PREFIXES = new Set(['عبد', 'العبد', 'ابو', 'بو', 'ابي', 'ابن', 'بن', 'بني', 'ذو', 'ذي', 'ذا']);

/** True for a name prefix, also behind a one-letter proclitic (وعبدالعزيز). */
export function isNamePrefix(folded: string): boolean {
  // لذا "therefore" is ل + ذا only in its letters.
  return NAME_PREFIXES.has(folded) || (PROCLITICS.has(folded[0]) && NAME_PREFIXES.has(folded.slice(1)) && !FUNCTION_WORDS.has(folded));
}

/**
 * Unit prefixes (folded) that loanwords carry solid: جيجابايت, كيلوجرامات, النانوتكنولوجيا, and with
 * ل before the article, which then loses its alef (للكيلوجرام).
 */
const UNIT_PREFIX = /^(و|ف)?(لل|(ب|ل|ك)?(ال)?)(كيلو|ميجا|ميغا|جيجا|غيغا|تيرا|بيتا|نانو|ميكرو)$/;

export function isUnitPrefix(folded: string): boolean {
  return UNIT_PREFIX.test(folded);
}

/**
 * Endings of European loanwords and names that the lexicon or the corpus also knows as words
 * (folded): -ium (بلاتينيوم, استاديوم: يوم "day"), -land (كوينزلاند), -burg and -berg. A cut before
 * one is more often inside a loanword than between two words.
 */
export const LOAN_ENDINGS = new Set(['يوم', 'لاند', 'بورغ', 'بورج', 'بيرغ', 'بيرج']);

/**
 * Nouns that a letter labels (folded, with and without the article): المجموعة ب, فيتامين د, الخطة ب,
 * النوع ب, الفئة و. The letter after one is a label, not a proclitic.
 */
export const LABELLED_NOUNS = new Set(
  'مجموعة فئة فيتامين نوع خطة فصيلة درجة مستوى مرحلة قسم جناح مبنى بوابة صالة قاعة بند فقرة مادة ملحق نموذج جدول شكل خيار طراز منطقة سيناريو'
    .split(' ')
    .flatMap((w) => [w, 'ال' + w])
    .map(foldString),
);

/** One-letter proclitics: conjunctions و ف, prepositions ب ل ك. */
export const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Proclitics that join the next letter, so a tatweel can carry them onto a quote or digit (لـ«, بـ5). */
export const CONNECTING_PROCLITICS = new Set(['ف', 'ب', 'ل', 'ك']);


/**
 * Length of the definite article (with a proclitic: وال، بال، لل …) that starts a folded word,
 * or 0. At least three letters must follow it: ال + two letters is more often a fragment.
 */
export function articleLength(folded: string): number {
  const n = folded.startsWith('ال') ? 2 : folded.startsWith('لل') ? 2 : 'وفبك'.includes(folded[0]) && folded.startsWith('ال', 1) ? 3 : 0;
  return n > 0 && folded.length - n >= 3 ? n : 0;
}

/** Attached pronouns (folded): after a verb or noun they are part of the word (يحتاجهم, كتابها). */
export const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'كن', 'نا', 'ني', 'ك', 'ي']);

/** Verb endings that the lexicon also lists as words (وهم, ون): never a second word after a verb stem. */
export const VERB_ENDINGS = new Set(['وا', 'ون', 'وه', 'وها', 'وهم', 'وهما', 'وني', 'وكم', 'ونا']);

/** Noun and adjective endings that the lexicon also lists as short words (ان, ات, اوي …). */
export const SUFFIX_FRAGMENTS = new Set(['ان', 'ين', 'ون', 'ات', 'يات', 'اوي', 'وي', 'يه', 'اني', 'يون', 'يين', 'ية'].map(foldString));

/**
 * An inflection ending followed by an attached pronoun (ونه, ينها, تموه, اتهم): the tail of one
 * word (يتهمونه, جعلتموه), which the lexicon may list as a word once the و is read as a conjunction.
 * A verb addressed to "you" takes no "you" as its object, so تم|تن are not followed by ك, كم, كن
 * (تمكن is a word: بعد|تمكن).
 */
export const INFLECTED_PRONOUN = /^(?:(ون|ين|ان|وا|ات)(ه|ها|هم|هما|هن|ك|كم|كما|كن|نا|ني)|(تمو|تم|تن|مو)(ه|ها|هم|هما|هن|نا|ني))$/;

/**
 * The same tail at the end of a token (ينتهك|ونها), and the plural verb ending that drops its alef
 * before a pronoun (انتقد|وه, سأل|وني).
 */
export const INFLECTION_TAIL = /(?:(ون|ين|ان|وا|ات)(ه|ها|هم|هما|هن|ك|كم|كما|كن|نا|ني)|(تمو|تم|تن)(ه|ها|هم|هما|هن|نا|ني)|و(ه|ها|هم|هما|هن|ك|كم|نا|ني))$/;

/**
 * Particles that the web writes glued to the next word so often that common-word lists carry the
 * glued form (لايمكن, مازال, ياوطن): still two words.
 */
export const GLUED_PARTICLES = new Set(['لا', 'ما', 'لم', 'لن', 'يا', 'ولا', 'وما', 'ولم', 'ولن', 'فلا', 'فما']);

/** The article (with a proclitic) and one or two letters: ال + a fragment, seldom a whole word. */
export function isArticleFragment(folded: string): boolean {
  const m = /^([وفبك]?ال|لل)/.exec(folded);
  return m !== null && folded.length - m[0].length <= 2;
}
