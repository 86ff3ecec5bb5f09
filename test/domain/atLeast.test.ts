import fc from 'fast-check';
import { atLeast } from '../../src/domain/table/atLeast';

describe('atLeast', () => {
  it('says what counting every item says, whatever the items and the number needed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 40 }), fc.double({ min: -1, max: 45, noNaN: true }), (items, needed) => {
        const test = (n: number) => n % 3 === 0;
        expect(atLeast(items, needed, test)).toBe(items.filter(test).length >= needed);
      }),
      { seed: 20261205, numRuns: 500 },
    );
  });

  it('stops asking once the answer is known', () => {
    let asked = 0;
    const names = Array.from({ length: 1000 }, (_, i) => `Xã ${i}`);
    expect(atLeast(names, 600, (name) => { asked++; return name.startsWith('TC'); })).toBe(false);
    expect(asked).toBe(401);
  });
});
