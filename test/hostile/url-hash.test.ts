/**
 * Hostile URL hashes: whatever a link, a bookmark or a person types after `#`, the app opens a
 * valid view, says what it ignored, and never throws or hangs.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, MAX_HASH_LENGTH, parseHash, serialiseState, VIEWS } from '../../src/domain/url-state';
import { loadFullDataset } from '../../src/node/data-files';
import { BASES, CONFIDENCES, RELATIONS } from '../../src/domain/vocabulary';

const { dataset } = loadFullDataset();
// What a saved item id in a link may be (any text within 200 characters, no control characters).
// eslint-disable-next-line no-control-regex
const SAVED_ID = /^[^\u0000-\u001f\u007f]{1,200}$/;
// eslint-disable-next-line no-control-regex
const SIDE = /^(framework|spec|plan):[^\u0000-\u001f\u007f]{1,200}$/;

const HOSTILE_HASHES: [string, string][] = [
  ['a lone hash sign', '#'],
  ['a hash of only separators', '#&&&==&'],
  ['broken percent escapes', '#view=%E0%A4%A&q=%'],
  ['a script in the search text', '#q=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['a javascript: url as a selected unit', '#sel=javascript:alert(1)'],
  ['prototype keys as parameters', '#__proto__=x&constructor=y&toString=z&hasOwnProperty=1'],
  ['prototype keys as values', '#view=__proto__&area=constructor,toString&fw=__proto__'],
  ['an unknown view', '#view=admin'],
  ['hops out of range', '#sel=nos:B6&hops=99'],
  ['a negative, fractional and NaN hop count', '#hops=-1.5&hops=NaN'],
  ['a level that does not exist', '#level=L9&mark=X'],
  ['repeated parameters', '#view=spec&view=plan&view=compare'],
  ['a unit id for a unit that does not exist', '#sel=nos:Z99'],
  ['ten thousand commas in a list', `#area=${','.repeat(10_000)}`],
  [
    'a list of a thousand unknown frameworks',
    `#fw=${Array.from({ length: 1000 }, (_, i) => `f${i}`).join(',')}`,
  ],
  ['a hash far over the length limit', `#q=${'a'.repeat(MAX_HASH_LENGTH * 10)}`],
  ['NUL and control characters', '#q=%00%01%1B%7F&view=%00'],
  ['right-to-left override and emoji', '#q=%E2%80%AE%F0%9F%92%A5'],
  ['a JSON object instead of parameters', '#{"view":"spec"}'],
  ['a saved item id that is not saved here', '#view=spec&spec=spec-999999'],
  ['a comparison basis outside the vocabulary', '#view=compare&minBasis=__proto__'],
  ['a comparison relation outside the vocabulary', '#view=compare&minRelation=identical'],
  ['a comparison confidence outside the vocabulary', '#view=compare&minConfidence=100'],
  ['an unknown kind of compare side', '#view=compare&x=course%3Amine&y=file%3A%2F%2F%2Fetc%2Fpasswd'],
  ['a compare side with no id', '#view=compare&x=framework%3A&y=spec%3A'],
  ['a javascript: url as a compare side', '#view=compare&x=javascript%3Aalert(1)'],
  ['an over-long specification id', `#view=spec&spec=${'s'.repeat(300)}`],
  ['control characters in a plan id', '#view=plan&plan=plan%0A-1%1B'],
  ['control characters in a compare side', '#view=compare&x=spec%3Aa%0Db'],
  ['a course id and a plan id at once', '#view=plan&plan=plan-1&course=import'],
  ['prototype keys as saved item ids', '#view=plan&course=__proto__&spec=constructor'],
];

describe('hostile URL hashes open a valid view with a notice, never a crash', () => {
  for (const [attack, hash] of HOSTILE_HASHES) {
    it(`${attack}: a valid view`, () => {
      const parsed = parseHash(hash, dataset);
      expect(VIEWS).toContain(parsed.state.view);
      expect(Array.isArray(parsed.notices)).toBe(true);
      // The state it gives can be written back and read again to the same view.
      const again = parseHash(serialiseState(parsed.state), dataset);
      expect(again.state.view).toBe(parsed.state.view);
      // Nothing hostile becomes a selection or a framework filter.
      if (parsed.state.selected) expect(dataset.units.some((u) => u.id === parsed.state.selected)).toBe(true);
      for (const fw of parsed.state.filters.frameworks)
        expect(dataset.frameworks.some((f) => f.id === fw)).toBe(true);
      // A comparison holds only sides of a known kind and settings from their vocabularies.
      const { x, y, minBasis, minRelation, minConfidence } = parsed.state.compare;
      for (const side of [x, y]) if (side) expect(side).toMatch(SIDE);
      if (minBasis) expect(BASES).toContain(minBasis);
      if (minRelation) expect(RELATIONS).toContain(minRelation);
      if (minConfidence) expect(CONFIDENCES).toContain(minConfidence);
      const open = parsed.state.plan.open;
      if (open && 'id' in open) expect(open.id).toMatch(SAVED_ID);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('an over-long hash is refused with a notice and the default view', () => {
    const parsed = parseHash(`#q=${'a'.repeat(MAX_HASH_LENGTH * 10)}`, dataset);
    expect(parsed.state).toEqual(DEFAULT_STATE);
    expect(parsed.notices.length).toBeGreaterThan(0);
  });

  it('unknown values are named in the notice, shortened', () => {
    const parsed = parseHash(`#fw=${'x'.repeat(500)}`, dataset);
    expect(parsed.notices.join(' ')).toMatch(/x{40}…/);
    expect(parsed.notices.join(' ').length).toBeLessThan(400);
  });
});

describe('hostile view parts are dropped with a notice, the rest of the link kept', () => {
  const cases: [string, string, RegExp][] = [
    ['#view=compare&x=framework%3Asw&minConfidence=100', 'minConfidence', /comparison confidence "100"/],
    ['#view=compare&x=framework%3Asw&minBasis=__proto__', 'minBasis', /comparison basis "__proto__"/],
    ['#view=compare&x=framework%3Asw&y=course%3Amine', 'y', /Cannot compare "course:mine"/],
  ];
  for (const [hash, part, notice] of cases)
    it(`${part} in ${hash}`, () => {
      const { state, notices } = parseHash(hash, dataset);
      expect(state.view).toBe('compare');
      expect(state.compare).toEqual({ x: 'framework:sw' });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(notice);
    });
});
