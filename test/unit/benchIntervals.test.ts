import * as assert from 'node:assert';
import { per10kWithInterval, percentWithInterval, poisson, wilson } from '../../bench/intervals';

describe('benchmark intervals', () => {
  it('Wilson interval: textbook values, and it stays inside [0, 1]', () => {
    const [low, high] = wilson(81, 100);
    assert.ok(Math.abs(low - 0.7222) < 1e-3 && Math.abs(high - 0.8749) < 1e-3, `${low} ${high}`);
    assert.deepStrictEqual(wilson(0, 0), [0, 1]);
    const [l0, h0] = wilson(0, 20);
    assert.ok(l0 === 0 && h0 > 0.1 && h0 < 0.2);
    assert.ok(wilson(20, 20)[1] === 1);
  });

  it('Poisson interval: close to the exact (chi-square) bounds', () => {
    // Exact 95 % bounds: k = 41 → 29.42–55.62; k = 5 → 1.62–11.67; k = 0 → 0–3.69.
    const near = (x: number, y: number) => Math.abs(x - y) / y < 0.015;
    const [l41, h41] = poisson(41);
    assert.ok(near(l41, 29.42) && near(h41, 55.62), `${l41} ${h41}`);
    const [l5, h5] = poisson(5);
    assert.ok(near(l5, 1.62) && near(h5, 11.67), `${l5} ${h5}`);
    const [l0, h0] = poisson(0);
    assert.ok(l0 === 0 && near(h0, 3.69), `${h0}`);
  });

  it('formats a figure with its interval', () => {
    assert.strictEqual(percentWithInterval(2885, 2996), '96.3 % (95.6–96.9)');
    assert.strictEqual(per10kWithInterval(41, 419_746), '0.98 (0.70–1.33)');
  });
});
