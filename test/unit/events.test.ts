import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { averageLinkGroups, clusterEvents, EventIndex, sameTime, sortByWeight } from '../../src/core/events/cluster';
import { extractFeatures } from '../../src/core/events/features';
import { stem } from '../../src/core/stem';
import { repoRoot } from './testLexicon';

const dir = path.join(repoRoot, 'test', 'fixtures', 'workspace', 'events');
const fixtures = () => fs.readdirSync(dir).sort().map((f) => ({ id: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
const groupsOf = (events: ReturnType<typeof clusterEvents>) => events.map((e) => e.articles.map((a) => a.id).sort()).sort((a, b) => a[0].localeCompare(b[0]));

describe('event features', () => {
  it('stems clitics and common endings lightly', () => {
    assert.strictEqual(stem('والمستشفيات'), 'مستشفي');
    assert.strictEqual(stem('للمدنيين'), 'مدني');
    assert.strictEqual(stem('حلب'), 'حلب');
  });

  it('reads dates in Gregorian and Levantine month names, with Arabic-Indic digits', () => {
    const f = extractFeatures('عنوان\nقتل ٢٤٦ شخصا منذ 22 نيسان 2016 وحتى 3 مايو 2016 في المدينة.');
    assert.deepStrictEqual(f.dates, ['2016-04-22', '2016-05-03']);
    assert.ok(f.terms.has('#246'), 'numbers are terms in Western digits');
  });

  it('gates by time: months apart are different events, undated articles are not gated', () => {
    const april = extractFeatures('خبر\nفي 22 نيسان 2016 قصف في حلب');
    const december = extractFeatures('خبر\nفي 13 ديسمبر 2016 تصويت في مجلس الأمن');
    const undated = extractFeatures('خبر\nقصف في حلب أمس');
    assert.strictEqual(sameTime(april, december), false);
    assert.strictEqual(sameTime(april, undated), true);
  });
});

describe('event clustering', () => {
  it('groups outlets reporting one event, keeps a near miss and another story apart, marks the duplicate', () => {
    const events = clusterEvents(fixtures());
    assert.deepStrictEqual(groupsOf(events), [
      ['fire-months-later.txt'],
      ['fire-outlet-a.txt', 'fire-outlet-b-copy.txt', 'fire-outlet-b.txt', 'fire-outlet-c.txt'],
      ['match-outlet-a.txt', 'match-outlet-b.txt'],
      ['very-short.txt'],
    ]);
    const fire = events.find((e) => e.articles.length === 4);
    assert.ok(fire);
    assert.deepStrictEqual(fire.dateSpan, { from: '2023-03-14', to: '2023-03-14' });
    assert.strictEqual(fire.articles.filter((a) => a.duplicateOf).length, 1);
    assert.ok(fire.articles.every((a) => a.sharedTerms > 0));
    assert.strictEqual(events.find((e) => e.articles[0].id === 'very-short.txt')?.articles[0].note, 'very short article');
  });

  it('handles empty and non-Arabic articles as events of their own, with a note', () => {
    const events = clusterEvents([{ id: 'empty', text: '' }, { id: 'english', text: 'Quarterly results were published today.' }, ...fixtures()]);
    const note = (id: string) => events.flatMap((e) => e.articles).find((a) => a.id === id)?.note;
    assert.strictEqual(note('empty'), 'empty article');
    assert.strictEqual(note('english'), 'no Arabic text');
  });

  it('updates incrementally: an edited, removed or added article regroups without a rebuild', () => {
    const index = new EventIndex();
    for (const a of fixtures()) index.upsert(a.id, a.text);
    assert.strictEqual(index.eventOf('match-outlet-b.txt')?.articles.length, 2);
    index.upsert('match-outlet-b.txt', 'مقال مختلف تماما\nتناول الكاتب أسعار الذهب في الأسواق العالمية وتراجعها خلال الأسبوع.');
    assert.strictEqual(index.eventOf('match-outlet-b.txt')?.articles.length, 1);
    index.remove('fire-outlet-c.txt');
    assert.strictEqual(index.eventOf('fire-outlet-a.txt')?.articles.length, 3);
    const c = fixtures().find((f) => f.id === 'fire-outlet-c.txt');
    assert.ok(c);
    index.upsert('fire-outlet-c.txt', c.text);
    assert.strictEqual(index.eventOf('fire-outlet-a.txt')?.articles.length, 4);
  });

  it('applies the user’s moves and splits over the grouping', () => {
    const events = clusterEvents(fixtures(), { moves: { 'fire-months-later.txt': 'fire-outlet-a.txt' }, splits: ['match-outlet-b.txt'] });
    const groups = groupsOf(events);
    assert.ok(groups.some((g) => g.includes('fire-months-later.txt') && g.includes('fire-outlet-a.txt')));
    assert.ok(groups.some((g) => g.length === 1 && g[0] === 'match-outlet-b.txt'));
  });

  it('gives stable event ids and titles from the texts, not the file names', () => {
    const a = clusterEvents(fixtures());
    const b = clusterEvents(fixtures().reverse());
    assert.deepStrictEqual(a.map((e) => [e.id, e.title]).sort(), b.map((e) => [e.id, e.title]).sort());
    assert.ok(a.every((e) => !e.title.endsWith('.txt')));
  });
});

describe('average-link grouping', () => {
  // The reference: every edge sums the links between its two groups afresh (what averageLinkGroups
  // keeps as running sums). Similarities are multiples of 1/8, so both add exactly.
  function reference(links: Map<string, Map<string, number>>, threshold: number): string[][] {
    const groupOf = new Map([...links.keys()].map((id) => [id, [id]]));
    const edges = [...links].flatMap(([a, l]) => [...l].filter(([b]) => a < b).map(([b, s]) => [a, b, s] as const));
    edges.sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1));
    for (const [a, b] of edges) {
      const ga = groupOf.get(a) as string[];
      const gb = groupOf.get(b) as string[];
      if (ga === gb) continue;
      let sum = 0;
      for (const x of ga) for (const y of gb) sum += links.get(x)?.get(y) ?? 0;
      if (sum / (ga.length * gb.length) < threshold) continue;
      const merged = [...ga, ...gb];
      for (const id of merged) groupOf.set(id, merged);
    }
    return [...new Set(groupOf.values())].map((g) => [...g].sort());
  }
  const sorted = (groups: string[][]) => groups.map((g) => g.join(' ')).sort();

  it('groups as summing every pair afresh would, on random link graphs', () => {
    const graph = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 8 })), { selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`, maxLength: 40 });
    fc.assert(
      fc.property(graph, fc.constantFrom(0.125, 0.2, 0.5), (edges, threshold) => {
        const links = new Map<string, Map<string, number>>();
        for (let i = 0; i < 12; i++) links.set(`a${i}`, new Map());
        for (const [a, b, s] of edges) {
          if (a === b) continue;
          links.get(`a${a}`)?.set(`a${b}`, s / 8);
          links.get(`a${b}`)?.set(`a${a}`, s / 8);
        }
        assert.deepStrictEqual(sorted(averageLinkGroups(links, threshold)), sorted(reference(links, threshold)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sortByWeight', () => {
  it('orders indices heaviest first, ties by index, as the comparator sort does (runs of any length)', () => {
    // Few distinct weights, so ties are common; lengths across the insertion runs and the merges.
    const weights = fc.array(fc.constantFrom(0, 0.5, 1, 1.5, 2, 7.25, 1e-9), { maxLength: 300 });
    fc.assert(
      fc.property(weights, (w) => {
        const weight = Float64Array.from(w);
        const order = Int32Array.from(w.keys());
        sortByWeight(order, weight);
        const expected = [...w.keys()].sort((a, b) => weight[b] - weight[a] || a - b);
        assert.deepStrictEqual([...order], expected);
      }),
      { numRuns: 300 },
    );
  });
});
