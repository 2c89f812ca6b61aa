/**
 * Mapping an imported CASE framework to the generic NOS units: which units reach no NOS unit
 * (neither directly nor through an atlas unit), the words suggested from, accepted claims saved
 * with the framework and counted in coverage as the person's own, never as published data.
 * NOS titles from the NOS document: E1 "Manage a budget", E6 "Ensure health and safety
 * requirements are met…", B6 "Provide leadership…"; ILM 8605-414 is curated to E10 and E11.
 */
import { describe, expect, it } from 'vitest';
import { mergeFragments } from '../../src/domain/course-import';
import { compareThroughHub, comparisonToMarkdown, frameworkSide } from '../../src/domain/compare';
import { computeCoverage } from '../../src/domain/coverage';
import { cellKey, coverageMatrix, describeCell, matrixToCsv } from '../../src/domain/plan';
import {
  acceptFrameworkClaim,
  FRAMEWORK_CLAIM_RATIONALE,
  frameworkUnitText,
  importCasePackage,
  importedFrameworkData,
  importedFrameworkFragment,
  nosMapping,
  setFrameworkClaimRelation,
  unitsReachingNos,
  validateImportedFramework,
  withdrawFrameworkClaim,
} from '../../src/domain/interchange';
import { createSuggestionEngine } from '../../src/domain/suggest';
import { loadFullDataset } from '../../src/node/data-files';
import { testCasePackage } from '../support/case-package';

const { dataset } = loadFullDataset();
const known = new Set([...dataset.units.map((u) => u.id), ...dataset.areas.map((a) => a.id)]);
const file = testCasePackage(
  'Riverside care leadership',
  [
    { code: 'RC1', statement: "Running the home's money" },
    {
      code: 'RC1.1',
      statement: 'Monitor spending against the agreed budget and explain variances',
      type: 'Learning Outcome',
      parent: 'RC1',
    },
    { code: 'RC2', statement: 'Leading the care team on shift' },
    { code: 'RC3', statement: 'Using data when deciding' },
    {
      code: 'RC4',
      statement: 'Safe at work',
      notes: 'Risk assessment, fire drills and reporting accidents.',
    },
    { code: 'RC4a', statement: 'Moving and handling residents safely', parent: 'RC4' },
  ],
  [
    { from: 'RC2', type: 'exactMatchOf', toAtlas: 'nos:B6' },
    { from: 'RC3', type: 'isRelatedTo', toAtlas: 'ilm:8605-414' },
  ],
);
const result = importCasePackage(file, dataset, 'riverside.json');
const data = importedFrameworkData(result, '2026-12-02T00:00:00.000Z');
const id = (code: string) => result.units.find((u) => u.code === code)!.id;
const key = (code: string) => id(code).split(':')[1]!;
const mappingOf = (d = data) => {
  const fragment = importedFrameworkFragment('Riverside', d, known);
  return nosMapping(fragment.units, fragment.links, unitsReachingNos(dataset));
};

describe('which units of an imported framework reach the NOS', () => {
  it('the file was read as written: outcomes under their unit, a nested unit kept as a unit', () => {
    expect(result.units.map((u) => u.code)).toEqual(['RC1', 'RC2', 'RC3', 'RC4', 'RC4a']);
    expect(result.units[0]!.outcomes?.[0]?.text).toMatch(/agreed budget/);
  });

  it('direct by an exact match to B6, via the ILM unit curated to E10, the rest unmapped', () => {
    const mapping = mappingOf();
    expect(mapping.get(id('RC2'))).toEqual({ kind: 'direct', nos: ['nos:B6'] });
    expect(mapping.get(id('RC3'))).toEqual({ kind: 'via', through: ['ilm:8605-414'] });
    for (const code of ['RC1', 'RC4', 'RC4a']) expect(mapping.get(id(code))).toEqual({ kind: 'unmapped' });
  });

  it('computed links and the person’s own links do not make an atlas unit a way to the NOS', () => {
    const reach = unitsReachingNos({
      links: [
        { from: 'ilm:x', to: 'nos:A1', relation: 'related', basis: 'computed', score: 0.9 },
        { from: 'user-c:M1', to: 'nos:A1', relation: 'close', basis: 'curated', origin: 'user' },
        { from: 'nos:B6', to: 'pqcc:D', relation: 'close', basis: 'published' },
      ],
    });
    expect([...reach]).toEqual(['pqcc:D']);
  });
});

describe('the words suggested from', () => {
  it('title, the file’s notes and child outcomes; not the note naming a parent', () => {
    const rc1 = result.units.find((u) => u.code === 'RC1')!;
    expect(frameworkUnitText(rc1)).toBe(
      "Running the home's money\nMonitor spending against the agreed budget and explain variances",
    );
    const rc4 = result.units.find((u) => u.code === 'RC4')!;
    expect(frameworkUnitText(rc4)).toContain('fire drills');
    const nested = result.units.find((u) => u.code === 'RC4a')!;
    expect(nested.note).toMatch(/Under RC4/);
    expect(frameworkUnitText(nested)).toBe('Moving and handling residents safely');
  });

  it('the engine finds E1 for the money unit and E6 for the safety unit among its first three', () => {
    const engine = createSuggestionEngine(dataset);
    const top = (code: string) =>
      engine
        .suggest(frameworkUnitText(result.units.find((u) => u.code === code)!), { limit: 3 })
        .map((s) => s.id);
    expect(top('RC1')).toContain('nos:E1');
    expect(top('RC4')).toContain('nos:E6');
  });
});

describe('accepted claims are saved with the framework', () => {
  it('accepting adds one claim (relation "related" unless given); repeats and file links are not added', () => {
    const once = acceptFrameworkClaim(data, key('RC1'), 'nos:E1');
    expect(once.claims).toEqual([{ unit: key('RC1'), nos: 'nos:E1', relation: 'related' }]);
    expect(acceptFrameworkClaim(once, key('RC1'), 'nos:E1')).toBe(once);
    expect(acceptFrameworkClaim(data, key('RC2'), 'nos:B6')).toBe(data);
    expect(acceptFrameworkClaim(data, 'NOPE', 'nos:E1')).toBe(data);
    expect(acceptFrameworkClaim(data, key('RC1'), 'ilm:8605-414')).toBe(data);
    expect(data.claims).toEqual([]);
    expect(withdrawFrameworkClaim(once, key('RC1'), 'nos:E1').claims).toEqual([]);
    expect(setFrameworkClaimRelation(once, key('RC1'), 'nos:E1', 'close').claims).toEqual([
      { unit: key('RC1'), nos: 'nos:E1', relation: 'close' },
    ]);
  });

  it('a claim maps the unit directly, as a curated link of the person’s own', () => {
    const claimed = acceptFrameworkClaim(data, key('RC4'), 'nos:E6', 'close');
    expect(mappingOf(claimed).get(id('RC4'))).toEqual({ kind: 'direct', nos: ['nos:E6'] });
    const link = importedFrameworkFragment('Riverside', claimed, known).links.find((l) => l.to === 'nos:E6');
    expect(link).toEqual({
      from: id('RC4'),
      to: 'nos:E6',
      relation: 'close',
      basis: 'curated',
      rationale: FRAMEWORK_CLAIM_RATIONALE,
      origin: 'user',
    });
  });

  it('claims survive storage; damaged ones are dropped and an older save without claims reads as none', () => {
    const claimed = acceptFrameworkClaim(data, key('RC1'), 'nos:E1');
    const stored = JSON.parse(JSON.stringify(claimed)) as Record<string, unknown>;
    const back = validateImportedFramework(stored);
    expect(back.ok && back.value.claims).toEqual(claimed.claims);
    const damaged = validateImportedFramework({
      ...stored,
      claims: [
        ...claimed.claims,
        { unit: key('RC1'), nos: 'nos:E1', relation: 'related' },
        { unit: 'ghost', nos: 'nos:E1', relation: 'related' },
        { unit: key('RC4'), nos: 'ilm:8605-414', relation: 'related' },
        { unit: key('RC4'), nos: 'nos:E6', relation: 'sort of' },
        '<script>',
      ],
    });
    expect(damaged.ok && damaged.value.claims).toEqual(claimed.claims);
    const { claims: _c, ...older } = stored;
    const old = validateImportedFramework(older);
    expect(old.ok && old.value.claims).toEqual([]);
  });
});

describe('coverage of an imported framework', () => {
  it('counts its own links and accepted claims as the person’s, and leaves the published data alone', () => {
    const coverage = (d: typeof data) => {
      const merged = mergeFragments(dataset, [importedFrameworkFragment('Riverside', d, known)]);
      const units = merged.units.filter((u) => u.framework === data.frameworkId);
      return computeCoverage(merged, units, { bases: ['published', 'curated'] });
    };
    const before = coverage(data);
    // Only RC2's exact match reaches a NOS unit directly.
    expect(before.covered.map((c) => c.nos)).toEqual(['nos:B6']);
    const after = coverage(acceptFrameworkClaim(data, key('RC1'), 'nos:E1'));
    expect(after.covered.map((c) => c.nos).sort()).toEqual(['nos:B6', 'nos:E1']);
    expect(after.cells.every((c) => c.origin === 'user')).toBe(true);
    expect(after.cells.find((c) => c.nos === 'nos:E1')).toMatchObject({
      unit: id('RC1'),
      basis: 'curated',
      relation: 'related',
    });
    // The base dataset is untouched: no link of the atlas names the imported framework.
    expect(dataset.links.some((l) => l.from.startsWith(data.frameworkId))).toBe(false);
  });

  it('an accepted claim is a meeting point in compare (E1 against the NOS itself), a suggestion is not', () => {
    const merge = (d: typeof data) =>
      mergeFragments(dataset, [importedFrameworkFragment('Riverside', d, known)]);
    const compare = (merged: ReturnType<typeof merge>) =>
      compareThroughHub(merged, frameworkSide(merged, data.frameworkId), frameworkSide(merged, 'nos'));
    expect(compare(merge(data)).shared).not.toContain('nos:E1');
    const merged = merge(acceptFrameworkClaim(data, key('RC1'), 'nos:E1'));
    const comparison = compare(merged);
    expect(comparison.shared).toContain('nos:E1');
    // The leg from the framework is the person's claim, and says so.
    const pair = comparison.pairs.find((p) => p.via === 'nos:E1')!;
    expect(pair.path[0]).toMatchObject({ unit: id('RC1'), basis: 'curated', origin: 'user' });
    expect(comparisonToMarkdown(comparison, merged)).toMatch(/RC1[^\n]*related, your claim/);
  });

  it('the coverage matrix and its CSV say "your claim", not "curated", for the person’s own links', () => {
    const claimed = acceptFrameworkClaim(data, key('RC1'), 'nos:E1');
    const merged = mergeFragments(dataset, [importedFrameworkFragment('Riverside', claimed, known)]);
    const matrix = coverageMatrix(
      merged,
      merged.units.filter((u) => u.framework === data.frameworkId),
    );
    expect(matrix.rows.map((r) => r.code)).toEqual(['RC1', 'RC2', 'RC3', 'RC4', 'RC4a']);
    expect(describeCell(matrix.cells[cellKey(id('RC1'), 'nos:E1')])).toBe('related (your claim)');
    expect(describeCell(matrix.cells[cellKey(id('RC2'), 'nos:B6')])).toBe('exact (your claim)');
    expect(matrixToCsv(matrix)).not.toMatch(/\(curated\)/);
  });
});
