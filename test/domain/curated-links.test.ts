/**
 * Curated links: every qualification unit (48 ProQual, 100 ILM 8605) has at least one curated link
 * to a generic NOS unit, with a rationale; and a few expert spot checks written from the unit titles
 * in 004_b99c2eb5f5b05502.txt (Group 2 table, lines 150–220) and the NOS titles in
 * 000_2ddea83f8caa00c9.txt, not from the program's output.
 */
import { describe, expect, it } from 'vitest';
import type { Link } from '../../src/domain/model';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
const curated = dataset.links.filter((l) => l.basis === 'curated' && l.origin !== 'user');
const curatedFrom = (id: string): Link[] => curated.filter((l) => l.from === id);
const firstTarget = (id: string) => curatedFrom(id)[0]?.to;
const targets = (id: string) => curatedFrom(id).map((l) => l.to);

describe('curated links cover every qualification unit', () => {
  const qualificationUnits = dataset.units.filter((u) => u.framework === 'proqual' || u.framework === 'ilm');

  it('there are 148 qualification units: 48 ProQual and 100 ILM (72 of them in group 2)', () => {
    expect(qualificationUnits.filter((u) => u.framework === 'proqual')).toHaveLength(48);
    expect(qualificationUnits.filter((u) => u.framework === 'ilm')).toHaveLength(100);
    expect(qualificationUnits.filter((u) => u.framework === 'ilm' && u.group === '2')).toHaveLength(72);
  });

  it('each has at least one curated link to a NOS unit, with a one-sentence rationale', () => {
    const without = qualificationUnits.filter((u) => curatedFrom(u.id).length === 0).map((u) => u.id);
    expect(without).toEqual([]);
    for (const link of curated.filter((l) => l.from.startsWith('ilm:') || l.from.startsWith('proqual:'))) {
      expect(link.to, link.from).toMatch(/^nos:[A-F]\d+$/);
      expect(link.rationale?.length ?? 0, `${link.from} → ${link.to}`).toBeGreaterThan(40);
    }
  });

  it('uses one to three links per ILM group-2 unit, never the same pair twice', () => {
    const group2 = qualificationUnits.filter((u) => u.framework === 'ilm' && u.group === '2');
    for (const u of group2) {
      const to = targets(u.id);
      expect(to.length, u.id).toBeGreaterThanOrEqual(1);
      expect(to.length, u.id).toBeLessThanOrEqual(3);
      expect(new Set(to).size, u.id).toBe(to.length);
    }
  });

  it('no NOS unit with little text becomes a hub of the group-2 curation (A1, B10)', () => {
    const group2Links = curated.filter((l) => /^ilm:8605-(5\d\d|3\d\d)$/.test(l.from));
    expect(group2Links.filter((l) => l.to === 'nos:A1')).toEqual([]);
    expect(group2Links.filter((l) => l.to === 'nos:B10').length).toBeLessThanOrEqual(2);
  });
});

describe('expert spot checks on ILM group 2 (titles from the Group 2 table)', () => {
  it('"Managing Individual Development" (505) is D7 Provide learning opportunities for colleagues, not B10', () => {
    expect(firstTarget('ilm:8605-505')).toBe('nos:D7');
    expect(targets('ilm:8605-505')).not.toContain('nos:B10');
  });
  it('"Planning Change in the Workplace" (302) is C5 Plan change, close', () => {
    const link = curatedFrom('ilm:8605-302')[0];
    expect([link?.to, link?.relation]).toEqual(['nos:C5', 'close']);
  });
  it('"Managing Recruitment" (514) and "Recruitment and Selection of New Staff" (315) are D3', () => {
    expect(firstTarget('ilm:8605-514')).toBe('nos:D3');
    expect(firstTarget('ilm:8605-315')).toBe('nos:D3');
  });
  it('"Understand How to Lead Effective Meetings" (328) is D11 Lead meetings', () => {
    expect(firstTarget('ilm:8605-328')).toBe('nos:D11');
  });
  it('"Understanding Health and Safety in the Workplace" (321) is E6, mandatory at L3', () => {
    expect(firstTarget('ilm:8605-321')).toBe('nos:E6');
  });
  it('"Managing Own Continuing Professional Development" (521) is A2', () => {
    expect(firstTarget('ilm:8605-521')).toBe('nos:A2');
  });
  it('coaching (339) and mentoring (340) are ways of doing D7: the NOS unit is broader', () => {
    for (const id of ['ilm:8605-339', 'ilm:8605-340']) {
      const link = curatedFrom(id)[0];
      expect([link?.to, link?.relation]).toEqual(['nos:D7', 'broad']);
    }
  });
  it('"Equality & Diversity"-style noise is absent: procurement (333) does not go to A1', () => {
    expect(targets('ilm:8605-333')).not.toContain('nos:A1');
  });
  it('the environmental units (525, 332) go to E9 Manage the environmental impact of your work', () => {
    expect(firstTarget('ilm:8605-525')).toBe('nos:E9');
    expect(firstTarget('ilm:8605-332')).toBe('nos:E9');
  });
});
