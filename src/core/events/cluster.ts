import { extractFeatures, type ArticleFeatures } from './features';

export interface EventArticle {
  id: string;
  title: string;
  /** Weighted terms this article shares with others of its event. */
  sharedTerms: number;
  duplicateOf?: string;
  note?: string;
}

export interface EventGroup {
  /** Stable while the event keeps its earliest article (by id). */
  id: string;
  title: string;
  articles: EventArticle[];
  /** Dates the texts give, where they give them (ISO). */
  dateSpan?: { from: string; to: string };
}

export interface EventOverridesInput {
  moves: Record<string, string>;
  splits: string[];
}

/** Similarity above which two articles are candidates for one event. */
const LINK = 0.25;
/** Average similarity two groups need to merge (average linkage: no chaining through one pair). */
const MERGE_AVERAGE = 0.2;
/** Terms kept per article vector, and terms used for candidate blocking. */
const VECTOR_TERMS = 200;
const BLOCKING_TERMS = 15;
/** Up to this many articles, all pairs are compared exactly; beyond, candidates come from blocking. */
const EXACT_UP_TO = 500;
/** Share of LINK that the blocking terms alone must reach before the full cosine is computed. */
const PARTIAL_SHARE = 0.4;
/** Pseudo-documents in the IDF, so a small corpus still weighs a rare word above a common one. */
const IDF_PRIOR = 40;

interface Entry {
  id: string;
  /** Dense number of the entry (reused after a removal): postings and candidate sums index by it. */
  slot: number;
  /** What the article says besides its terms (kept as ids and weights below, not as strings). */
  features: Omit<ArticleFeatures, 'terms'>;
  /** The article's terms as ids (in the features' order), and their term-frequency weights. */
  termIds: Int32Array;
  tfWeights: Float64Array;
  vector: Vector;
  /** Neighbour id → similarity, for pairs above LINK. */
  links: Map<string, number>;
}

/** A TF-IDF vector: term ids ascending, with their weights (L2-normalized); and the heaviest terms first. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
  /** The BLOCKING_TERMS heaviest terms, heaviest first, and their weights. */
  blocking: Int32Array;
  blockingWeights: Float64Array;
}

const EMPTY_VECTOR: Vector = { terms: new Int32Array(0), weights: new Float64Array(0), blocking: new Int32Array(0), blockingWeights: new Float64Array(0) };

/**
 * Average-linkage merging over symmetric links (id → linked id → similarity), strongest link first:
 * two groups merge when their links, summed and divided by every pair between them, reach `threshold`.
 * Each group keeps the sum of its links to every group it touches, so testing an edge is one lookup:
 * summing two groups' links afresh for every edge between them took minutes for a few hundred
 * articles in two large groups that never merge. Returns the groups, each sorted.
 */
export function averageLinkGroups(links: ReadonlyMap<string, ReadonlyMap<string, number>>, threshold: number): string[][] {
  // A group is named by one of its articles. Groups are made only for articles an edge touches, and
  // a lone article's sums are its own links, copied only when a merge changes them: a regroup after
  // one edit then costs little more than the edges.
  const groupOf = new Map<string, Group>();
  const groupAt = (id: string): Group => {
    let g = groupOf.get(id);
    if (!g) groupOf.set(id, (g = { name: id, members: [id], sums: links.get(id) ?? new Map(), own: false }));
    return g;
  };
  const ownSums = (g: Group): Map<string, number> => {
    if (!g.own) {
      g.sums = new Map(g.sums);
      g.own = true;
    }
    return g.sums as Map<string, number>;
  };
  const edges: [string, string, number][] = [];
  for (const [id, linked] of links) for (const [o, s] of linked) if (id < o) edges.push([id, o, s]);
  edges.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  for (const [a, b] of edges) {
    let big = groupAt(a);
    let small = groupAt(b);
    if (big === small || (big.sums.get(small.name) ?? 0) / (big.members.length * small.members.length) < threshold) continue;
    if (big.members.length < small.members.length) [big, small] = [small, big];
    for (const id of small.members) {
      big.members.push(id);
      groupOf.set(id, big);
    }
    const bigSums = ownSums(big);
    bigSums.delete(small.name);
    for (const [name, s] of small.sums) {
      if (name === big.name) continue;
      bigSums.set(name, (bigSums.get(name) ?? 0) + s);
      const neighbour = ownSums(groupAt(name));
      neighbour.set(big.name, (neighbour.get(big.name) ?? 0) + s);
      neighbour.delete(small.name);
    }
  }
  const groups: string[][] = [];
  const listed = new Set<Group>();
  for (const id of links.keys()) {
    const g = groupOf.get(id);
    if (!g) groups.push([id]);
    else if (!listed.has(g)) {
      listed.add(g);
      groups.push(g.members.sort());
    }
  }
  return groups;
}

/** A group while clustering: its articles, and the sum of its links to each group it touches, by name. */
interface Group {
  name: string;
  members: string[];
  sums: ReadonlyMap<string, number>;
  /** Whether `sums` is the group's own map (a lone article's is its links, not to be changed). */
  own: boolean;
}

/**
 * The corpus's events, kept up to date one article at a time. Per-article features are computed
 * once; candidate pairs come from an inverted index over each article's heaviest terms (blocking,
 * never all pairs); groups come from average-linkage merging over those pairs, gated by time.
 */
export class EventIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly bySlot: (Entry | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /** Every term seen, by id; and how many articles have each (by id). */
  private readonly termIdOf = new Map<string, number>();
  private readonly df: number[] = [];
  /** Blocking term id → entry slot → the term's weight in that article. */
  private readonly postings = new Map<number, Map<number, number>>();
  /** Candidate sums by entry slot while linking one article (kept between calls: no allocation per article). */
  private partial = new Float64Array(0);
  private overrides: EventOverridesInput = { moves: {}, splits: [] };
  /** Corpus size when vectors were last weighed; IDF drift beyond 20 % triggers a re-weighing. */
  private weighedAt = 0;

  get size(): number {
    return this.entries.size;
  }

  setOverrides(overrides: EventOverridesInput): void {
    this.overrides = overrides;
  }

  upsert(id: string, text: string): void {
    if (this.entries.has(id)) this.remove(id);
    const { terms, ...features } = extractFeatures(text);
    const termIds = new Int32Array(terms.size);
    const tfWeights = new Float64Array(terms.size);
    let k = 0;
    for (const [t, n] of terms) {
      let tid = this.termIdOf.get(t);
      if (tid === undefined) {
        this.termIdOf.set(t, (tid = this.df.length));
        this.df.push(0);
      }
      this.df[tid]++;
      termIds[k] = tid;
      // Quotes and exact dates weigh double: they pin one story down.
      tfWeights[k++] = (1 + Math.log(n)) * (t.startsWith('q:') || t.startsWith('d:') ? 2 : 1);
    }
    const slot = this.freeSlots.pop() ?? this.bySlot.length;
    const entry: Entry = { id, slot, features, termIds, tfWeights, vector: EMPTY_VECTOR, links: new Map() };
    this.entries.set(id, entry);
    this.bySlot[slot] = entry;
    if (this.needsReweigh()) return; // everything is re-weighed on the next events()
    this.weigh(entry, this.idfTable());
    this.link(entry);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    for (const tid of entry.termIds) this.df[tid]--;
    this.unlink(entry);
    this.entries.delete(id);
    this.bySlot[entry.slot] = undefined;
    this.freeSlots.push(entry.slot);
  }

  eventOf(id: string): EventGroup | undefined {
    return this.events().find((e) => e.articles.some((a) => a.id === id));
  }

  events(): EventGroup[] {
    if (this.needsReweigh()) this.reweighAll();
    const groups = this.applyOverrides(this.cluster());
    // Plain code-unit order for titles: localeCompare is far slower on thousands of events.
    return groups.map((ids) => this.describe(ids)).sort((a, b) => b.articles.length - a.articles.length || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  }

  private needsReweigh(): boolean {
    const n = this.entries.size;
    return Math.abs(n - this.weighedAt) > Math.max(2, this.weighedAt * 0.2);
  }

  private reweighAll(): void {
    this.weighedAt = this.entries.size;
    this.postings.clear();
    const idf = this.idfTable();
    for (const e of this.entries.values()) {
      e.links.clear();
      this.weigh(e, idf);
    }
    for (const e of this.entries.values()) this.link(e);
  }

  /** IDF by document frequency for the current corpus size (a term's IDF depends on nothing else). */
  private idfTable(): (df: number) => number {
    const n = this.entries.size + IDF_PRIOR;
    const byDf: number[] = [];
    return (df) => (byDf[df] ??= Math.log(n / (df + 1)));
  }

  /** TF-IDF vector of the heaviest terms, L2-normalized; indexes its blocking terms. */
  private weigh(e: Entry, idf: (df: number) => number): void {
    const { termIds, tfWeights } = e;
    const n = termIds.length;
    const weight = new Float64Array(n);
    const order = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      weight[k] = tfWeights[k] * idf(this.df[termIds[k]]);
      order[k] = k;
    }
    // Heaviest first; equal weights keep the features' order (as a stable sort of the terms would).
    sortByWeight(order, weight);
    const top = Math.min(n, VECTOR_TERMS);
    let norm = 0;
    for (let i = 0; i < top; i++) norm += weight[order[i]] * weight[order[i]];
    norm = Math.sqrt(norm) || 1;
    const blockingCount = Math.min(top, BLOCKING_TERMS);
    const blocking = new Int32Array(blockingCount);
    const blockingWeights = new Float64Array(blockingCount);
    for (let i = 0; i < blockingCount; i++) {
      blocking[i] = termIds[order[i]];
      blockingWeights[i] = weight[order[i]] / norm;
    }
    // The vector in term order: each term id with its place in `order` packed into one number that a
    // plain numeric sort orders (ids are distinct; top ≤ VECTOR_TERMS < 256).
    const byTerm = new Float64Array(top);
    for (let i = 0; i < top; i++) byTerm[i] = termIds[order[i]] * 256 + i;
    byTerm.sort();
    const terms = new Int32Array(top);
    const weights = new Float64Array(top);
    for (let i = 0; i < top; i++) {
      const k = order[byTerm[i] % 256];
      terms[i] = termIds[k];
      weights[i] = weight[k] / norm;
    }
    e.vector = { terms, weights, blocking, blockingWeights };
    for (let i = 0; i < blockingCount; i++) {
      let posting = this.postings.get(blocking[i]);
      if (!posting) this.postings.set(blocking[i], (posting = new Map()));
      posting.set(e.slot, blockingWeights[i]);
    }
  }

  /**
   * Finds candidates through the heaviest terms they share (their partial dot product says which
   * pairs can reach LINK at all), then keeps the exact links above LINK.
   */
  private link(e: Entry): void {
    if (this.entries.size <= EXACT_UP_TO) {
      // Small corpora: every pair is cheap, so every pair gets its exact cosine (no blocking loss).
      for (const other of this.entries.values()) if (other !== e) this.consider(e, other);
      return;
    }
    if (this.partial.length < this.bySlot.length) this.partial = new Float64Array(this.bySlot.length * 2);
    const partial = this.partial;
    const touched: number[] = [];
    const cap = Math.max(30, this.entries.size * 0.01); // terms in more articles than this block nothing
    const { blocking, blockingWeights } = e.vector;
    for (let i = 0; i < blocking.length; i++) {
      const posting = this.postings.get(blocking[i]);
      if (!posting || posting.size > cap) continue;
      const w = blockingWeights[i];
      for (const [slot, v] of posting) {
        if (slot === e.slot) continue;
        if (partial[slot] === 0) touched.push(slot);
        partial[slot] += w * v;
      }
    }
    for (const slot of touched) {
      const other = this.bySlot[slot];
      if (other && partial[slot] >= LINK * PARTIAL_SHARE) this.consider(e, other);
      partial[slot] = 0;
    }
  }

  /** Links two articles when they name compatible times and their cosine reaches LINK. */
  private consider(e: Entry, other: Entry): void {
    if (!sameTime(e.features, other.features)) return;
    const sim = cosine(e.vector, other.vector);
    if (sim < LINK) return;
    e.links.set(other.id, sim);
    other.links.set(e.id, sim);
  }

  private unlink(e: Entry): void {
    for (const otherId of e.links.keys()) this.entries.get(otherId)?.links.delete(e.id);
    for (const t of e.vector.blocking) this.postings.get(t)?.delete(e.slot);
  }

  private cluster(): string[][] {
    return averageLinkGroups(new Map([...this.entries].map(([id, e]) => [id, e.links])), MERGE_AVERAGE);
  }

  private applyOverrides(groups: string[][]): string[][] {
    const { moves, splits } = this.overrides;
    const moved = new Set([...Object.keys(moves), ...splits].filter((id) => this.entries.has(id)));
    if (moved.size === 0) return groups;
    const out = groups.map((g) => g.filter((id) => !moved.has(id))).filter((g) => g.length > 0);
    for (const id of moved) {
      const target = moves[id];
      const home = target && !moved.has(target) ? out.find((g) => g.includes(target)) : undefined;
      if (home) home.push(id);
      else out.push([id]);
    }
    return out.map((g) => g.sort());
  }

  /** Descriptions of groups by member list, reused while the members' entries are unchanged. */
  private described = new Map<string, { entries: Entry[]; group: EventGroup }>();

  private describe(ids: string[]): EventGroup {
    const entries = ids.map((id) => this.entries.get(id) as Entry);
    const key = ids.join('\n');
    const cached = this.described.get(key);
    if (cached && cached.entries.every((e, i) => e === entries[i])) return cached.group;
    if (this.described.size > 4 * this.entries.size + 100) this.described.clear();
    const group = this.describeAnew(ids, entries);
    this.described.set(key, { entries, group });
    return group;
  }

  private describeAnew(ids: string[], entries: Entry[]): EventGroup {
    // The medoid (most linked to the rest) names the event.
    let medoid = entries[0];
    let best = -1;
    for (const e of entries) {
      const s = entries.reduce((n, o) => n + (e.links.get(o.id) ?? 0), 0);
      if (s > best) [best, medoid] = [s, e];
    }
    // How many of the group's articles have each term: a term of an article is shared when another has it too.
    const holders = new Map<number, number>();
    for (const e of entries) for (const t of e.vector.terms) holders.set(t, (holders.get(t) ?? 0) + 1);
    const firstSeen = new Map<number, string>();
    const articles = entries.map((e) => {
      const original = firstSeen.get(e.features.fingerprint);
      if (!original && e.features.words > 0) firstSeen.set(e.features.fingerprint, e.id);
      let shared = 0;
      if (entries.length > 1) for (const t of e.vector.terms) if ((holders.get(t) as number) > 1) shared++;
      const a: EventArticle = { id: e.id, title: e.features.title, sharedTerms: shared };
      if (original) a.duplicateOf = original;
      if (e.features.note) a.note = e.features.note;
      return a;
    });
    const dates = entries.flatMap((e) => e.features.dates).sort();
    return { id: hashId(ids[0]), title: medoid.features.title, articles, ...(dates.length ? { dateSpan: { from: dates[0], to: dates[dates.length - 1] } } : {}) };
  }
}

/** Grouping from scratch, for the CLI and tests. */
export function clusterEvents(articles: { id: string; text: string }[], overrides?: EventOverridesInput): EventGroup[] {
  const index = new EventIndex();
  for (const a of articles) index.upsert(a.id, a.text);
  if (overrides) index.setOverrides(overrides);
  return index.events();
}

/**
 * Sorts `order` (indices into `weight`) heaviest first, equal weights by index: a merge sort on the
 * typed arrays, several times faster than a sort that calls a comparator (run once per article).
 */
export function sortByWeight(order: Int32Array, weight: Float64Array): void {
  const before = (a: number, b: number) => weight[a] > weight[b] || (weight[a] === weight[b] && a < b);
  const n = order.length;
  // Runs of 16 by insertion, then merges of doubling width between `order` and a scratch array.
  for (let from = 0; from < n; from += 16) {
    const to = Math.min(n, from + 16);
    for (let i = from + 1; i < to; i++) {
      const x = order[i];
      let j = i - 1;
      while (j >= from && before(x, order[j])) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
  }
  let src: Int32Array = order;
  let dst: Int32Array = new Int32Array(n);
  for (let width = 16; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) dst[k++] = before(src[j], src[i]) ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    [src, dst] = [dst, src];
  }
  if (src !== order) order.set(src);
}

/** The dot product of two normalized vectors: a walk along both ascending term lists. */
function cosine(a: Vector, b: Vector): number {
  const { terms: at, weights: aw } = a;
  const { terms: bt, weights: bw } = b;
  let s = 0;
  for (let i = 0, j = 0; i < at.length && j < bt.length; ) {
    if (at[i] < bt[j]) i++;
    else if (at[i] > bt[j]) j++;
    else s += aw[i++] * bw[j++];
  }
  return s;
}

/** The times an article names, as the time gate reads them. */
type TimeFeatures = Pick<ArticleFeatures, 'months' | 'monthNames'>;

/**
 * Two articles can report one event only if the times they name are close: months with years
 * within one month of each other, or, lacking years, month names within one month on the calendar.
 * Articles that name no time are not gated.
 */
export function sameTime(a: TimeFeatures, b: TimeFeatures): boolean {
  if (a.months.length && b.months.length) return a.months.some((x) => b.months.some((y) => Math.abs(x - y) <= 1));
  if (a.monthNames.length && b.monthNames.length) return a.monthNames.some((x) => b.monthNames.some((y) => Math.min((x - y + 12) % 12, (y - x + 12) % 12) <= 1));
  return true;
}

function hashId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `ev-${(h >>> 0).toString(36)}`;
}
