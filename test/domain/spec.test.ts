/**
 * Person specifications. Expectations come from the sources: the NOS level table
 * (sources/000_2ddea83f8caa00c9.txt), the Topss social-care map (003_4994f875fb7bc13d.txt, e.g.
 * the D6 row at lines 127-130) and the MSC report (001_fa7db7218e08b3b4.txt), or from the
 * hand-curated links in data/curated-links-*.json.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  applyTemplate,
  buildSpecification,
  changeLevel,
  eligibility,
  fileSlug,
  mandatoryUnits,
  markdownText,
  optionalUnitsAt,
  planAddition,
  repairSpecification,
  SPECIFICATION_CSV_COLUMNS,
  specificationStatus,
  specificationToCsv,
  specificationToMarkdown,
  standardLabel,
  targetSpecification,
  toggleOptionalUnit,
  unitHighlights,
  validateSpecificationData,
  type SavedSpecification,
  type SpecificationData,
} from '../../src/domain/spec';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
const unit = (id: string) => {
  const u = dataset.units.find((x) => x.id === id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
};
const codes = (units: { code: string }[]) => units.map((u) => u.code);
const saved = (id: string, name: string, data: SpecificationData, updated: string): SavedSpecification => ({
  id,
  name,
  updated,
  data,
});

describe('mandatory and optional units per level', () => {
  it('level 3 makes A2, B6, D6 and E6 mandatory', () => {
    expect(codes(mandatoryUnits(dataset, 'L3'))).toEqual(['A2', 'B6', 'D6', 'E6']);
  });

  it('level 4 makes B1, C2, D2, E6 and F3 mandatory', () => {
    expect(codes(mandatoryUnits(dataset, 'L4'))).toEqual(['B1', 'C2', 'D2', 'E6', 'F3']);
  });

  it('level 2 offers six optional units: C1, D5, D7, D12, F5, F7', () => {
    expect(codes(optionalUnitsAt(dataset, 'L2')).sort()).toEqual(['C1', 'D12', 'D5', 'D7', 'F5', 'F7']);
  });

  it('explains why a unit cannot be an optional unit', () => {
    expect(eligibility(dataset, 'L3', unit('nos:D7'))).toEqual({
      status: 'optional',
      reason: 'optional at level 3',
    });
    expect(eligibility(dataset, 'L3', unit('nos:A2')).status).toBe('mandatory');
    // B1 is M at level 4 only; A2 is M at 3 and O at 4 and 5.
    expect(eligibility(dataset, 'L3', unit('nos:B1'))).toEqual({
      status: 'unavailable',
      reason: 'not part of level 3 (mandatory at level 4)',
    });
    expect(eligibility(dataset, 'L2', unit('nos:A2')).reason).toBe(
      'not part of level 2 (mandatory at level 3, optional at levels 4 and 5)',
    );
    expect(eligibility(dataset, 'L4', unit('ilm:8605-409')).reason).toMatch(
      /^Only units of the generic Management and Leadership NOS .* 8605-409 belongs to ILM 8605\.$/,
    );
  });
});

describe('notes that help choose a unit', () => {
  // Worded for a care manager since issue 15 (was "most imported (21×)", "imported by Skillset",
  // "3 Topss mappings", "new in 2006/07").
  it('A2: most used by other sectors 21 times, business planning, used by Skillset, 3 Topss standards', () => {
    // Report para 3.16 (21), para 3.31 (business planning), Skillset photo imaging row; Topss map
    // lines 62-64: DANOS AC2, HSC C1.1, SW 14.
    expect(unitHighlights(dataset, 'nos:A2')).toEqual([
      'most used by other sectors (21 times)',
      'business planning',
      'also used by another sector (Skillset)',
      '3 social-care standards placed beside it',
    ]);
  });

  it('D8: added in the 2006/07 incremental review, nothing in the Topss map', () => {
    expect(unitHighlights(dataset, 'nos:D8')).toEqual(['added in the 2006/07 review']);
  });
});

describe('rule status (the same engine as the CLI check-plan)', () => {
  it('"level 3 needs 4 mandatory + 3 optional: 2 optional chosen, 1 to go"', () => {
    const status = specificationStatus(dataset, { level: 'L3', optionalUnits: ['nos:D7', 'nos:B11'] });
    expect(status.complete).toBe(false);
    expect(status.line).toBe('level 3 needs 4 mandatory + 3 optional: 2 optional chosen, 1 to go');
    expect(status.optionalChosen).toBe(2);
    expect(status.optionalNeeded).toBe(3);
    expect(status.mandatory).toBe(4);
  });

  it('a complete level 4 specification says so', () => {
    const status = specificationStatus(dataset, {
      level: 'L4',
      optionalUnits: ['nos:A2', 'nos:B6', 'nos:D6'],
    });
    expect(status.complete).toBe(true);
    expect(status.line).toBe('level 4 needs 5 mandatory + 3 optional: 3 optional chosen — complete');
    expect(status.check.qualification.id).toBe('nos-l4');
  });

  it('too many optional units at level 2', () => {
    const status = specificationStatus(dataset, {
      level: 'L2',
      optionalUnits: ['nos:C1', 'nos:D5', 'nos:F5'],
    });
    expect(status.line).toBe('level 2 needs 4 mandatory + 2 optional: 3 optional chosen, 1 too many');
  });
});

describe('changing a specification', () => {
  it('moving from level 3 to level 4 keeps D7, B11, D8 and leaves out E1 (optional at level 3 only)', () => {
    const change = changeLevel(
      dataset,
      { level: 'L3', optionalUnits: ['nos:D7', 'nos:B11', 'nos:D8', 'nos:E1'] },
      'L4',
    );
    expect(change.data).toEqual({ level: 'L4', optionalUnits: ['nos:D7', 'nos:B11', 'nos:D8'] });
    expect(change.dropped).toEqual([
      { id: 'nos:E1', code: 'E1', reason: 'not part of level 4 (optional at level 3)' },
    ]);
    expect(change.message).toBe('Now level 4. Left out E1 (not part of level 4 (optional at level 3)).');
  });

  it('moving from level 4 to level 3 leaves out A2, B6, D6: they are mandatory there', () => {
    const change = changeLevel(dataset, { level: 'L4', optionalUnits: ['nos:A2', 'nos:B6', 'nos:D6'] }, 'L3');
    expect(change.data.optionalUnits).toEqual([]);
    expect(change.dropped.map((d) => d.reason)).toEqual([
      'mandatory at level 3, so always included',
      'mandatory at level 3, so always included',
      'mandatory at level 3, so always included',
    ]);
  });

  it('toggles an optional unit on and off', () => {
    const on = toggleOptionalUnit({ level: 'L3', optionalUnits: [] }, 'nos:D7');
    expect(on.optionalUnits).toEqual(['nos:D7']);
    expect(toggleOptionalUnit(on, 'nos:D7').optionalUnits).toEqual([]);
  });

  it('repair leaves out unknown, repeated and wrong-level units and says why', () => {
    const { data, dropped } = repairSpecification(dataset, {
      level: 'L5',
      optionalUnits: ['nos:B2', 'nos:Z9', 'nos:B2', 'nos:B1', 'ilm:8605-409', 'nos:B3'],
      templateId: 'no-such-template',
    });
    expect(data).toEqual({ level: 'L5', optionalUnits: ['nos:B2', 'nos:B3'] });
    expect(dropped.map((d) => `${d.code}: ${d.reason}`)).toEqual([
      'nos:Z9: not a NOS unit in this dataset',
      'B2: listed twice',
      'B1: not part of level 5 (mandatory at level 4)',
      'ilm:8605-409: not a NOS unit in this dataset',
    ]);
  });
});

describe('role suggestions (data/role-templates.json)', () => {
  it('has four or five roles, each a complete specification with units optional at its level', () => {
    expect(dataset.roleTemplates.length).toBeGreaterThanOrEqual(4);
    expect(dataset.roleTemplates.length).toBeLessThanOrEqual(5);
    for (const template of dataset.roleTemplates) {
      const change = applyTemplate(dataset, template);
      expect(change.dropped, template.id).toEqual([]);
      for (const id of template.optionalUnits) expect(unit(id).levels?.[template.level], id).toBe('O');
      expect(specificationStatus(dataset, change.data).complete, template.id).toBe(true);
      expect(template.rationale, template.id).toMatch(/suggestion, not a requirement/);
      expect(template.basedOn.length, template.id).toBeGreaterThan(0);
    }
  });

  it('covers the roles the social-care managers asked for', () => {
    const byRole = new Map(dataset.roleTemplates.map((t) => [t.role, t.level]));
    expect(byRole.get('Team leader')).toBe('L3');
    expect(byRole.get('Deputy manager')).toBe('L4');
    expect(['L4', 'L5']).toContain(byRole.get('Registered manager'));
    expect(byRole.get('Head of service')).toBe('L5');
  });

  it('the deputy manager takes the report’s three most-imported units, all optional at level 4', () => {
    const deputy = dataset.roleTemplates.find((t) => t.id === 'deputy-manager')!;
    // Report para 3.16: A2 (21), B6 (20), D6 (16).
    expect(deputy.optionalUnits).toEqual(['nos:A2', 'nos:B6', 'nos:D6']);
    expect(deputy.basedOn).toEqual(
      expect.arrayContaining(['most-imported-a2', 'most-imported-b6', 'most-imported-d6']),
    );
  });

  it('the head of service takes the business-planning units optional at level 5 (B2, B3, B4)', () => {
    const head = dataset.roleTemplates.find((t) => t.id === 'head-of-service')!;
    // Report para 3.31 names A2, B1, B2, B3, B4 for business planning; B1 is not part of level 5.
    expect(head.optionalUnits).toEqual(['nos:B2', 'nos:B3', 'nos:B4']);
    expect(head.basedOn).toContain('business-planning-a2-b1-b4');
  });

  it('applying a suggestion records it, so the document can say it was a suggestion', () => {
    const team = dataset.roleTemplates.find((t) => t.id === 'team-leader')!;
    const change = applyTemplate(dataset, team);
    expect(change.data.templateId).toBe('team-leader');
    const doc = buildSpecification(dataset, 'Team leader', change.data);
    expect(doc.template?.role).toBe('Team leader');
    expect(doc.template?.basedOn.find((b) => b.id === 'most-imported-a2')?.text).toContain('Unit A2');
  });
});

describe('adding a unit from anywhere', () => {
  const l3 = saved(
    'spec-1',
    'Team leader',
    { level: 'L3', optionalUnits: ['nos:D7'] },
    '2025-01-02T00:00:00Z',
  );
  const l5 = saved('spec-2', 'Head of service', { level: 'L5', optionalUnits: [] }, '2025-01-01T00:00:00Z');

  it('works on the open specification, else the most recently changed one', () => {
    expect(targetSpecification([l3, l5], 'spec-2')?.id).toBe('spec-2');
    expect(targetSpecification([l5, l3], undefined)?.id).toBe('spec-1');
    expect(targetSpecification([l5, l3], 'gone')?.id).toBe('spec-1');
    expect(targetSpecification([], undefined)).toBeUndefined();
  });

  it('adds an optional unit and counts what is left', () => {
    const result = planAddition(dataset, [l3, l5], 'spec-1', unit('nos:B11'));
    expect(result.kind).toBe('add');
    if (result.kind !== 'add') return;
    expect(result.data.optionalUnits).toEqual(['nos:D7', 'nos:B11']);
    expect(result.message).toBe('Added B11 to “Team leader”. 2 of 3 optional units chosen.');
  });

  it('says when a unit makes too many', () => {
    const full = saved('s', 'Full', { level: 'L2', optionalUnits: ['nos:C1', 'nos:D5'] }, '2025-01-01');
    const result = planAddition(dataset, [full], undefined, unit('nos:F5'));
    expect(result.kind === 'add' && result.message).toBe(
      'Added F5 to “Full”. That makes 3 optional units; level 2 takes 2, so remove 1.',
    );
  });

  it('refuses units that are mandatory, of another level, already chosen or not NOS, and says why', () => {
    const reason = (id: string) => {
      const r = planAddition(dataset, [l3], 'spec-1', unit(id));
      return r.kind === 'blocked' ? r.reason : `not blocked: ${r.kind}`;
    };
    expect(reason('nos:B6')).toBe('B6 is mandatory at level 3, so “Team leader” already includes it.');
    expect(reason('nos:B1')).toBe(
      'B1 cannot go into “Team leader”: it is not part of level 3 (mandatory at level 4).',
    );
    expect(reason('nos:D7')).toBe('D7 is already in “Team leader”.');
    expect(reason('proqual:L/506/1953')).toMatch(/belongs to ProQual L4 NVQ Dip\.$/);
  });

  it('starts a specification when there is none, at the first level where the unit is optional', () => {
    // D6 is M at level 3 and O at level 4.
    const result = planAddition(dataset, [], undefined, unit('nos:D6'));
    expect(result.kind).toBe('create');
    if (result.kind !== 'create') return;
    expect(result.level).toBe('L4');
    expect(result.name).toBe('Level 4 specification');
    expect(result.data).toEqual({ level: 'L4', optionalUnits: ['nos:D6'] });
  });

  it('a unit that is only ever mandatory (A1, level 2) starts a level 2 specification that includes it', () => {
    const result = planAddition(dataset, [], undefined, unit('nos:A1'));
    expect(result.kind === 'create' && result.data).toEqual({ level: 'L2', optionalUnits: [] });
    expect(result.kind === 'create' && result.message).toMatch(/A1 is mandatory there, so it is included/);
  });
});

describe('the specification document', () => {
  const doc = buildSpecification(dataset, 'Registered manager', {
    level: 'L4',
    optionalUnits: ['nos:D6', 'nos:B8', 'nos:B11'],
  });

  it('lists the five mandatory units of level 4, then the chosen optional units in order', () => {
    expect(codes(doc.mandatory)).toEqual(['B1', 'C2', 'D2', 'E6', 'F3']);
    expect(codes(doc.optional)).toEqual(['D6', 'B8', 'B11']);
    expect(doc.mandatory.every((u) => u.mark === 'M')).toBe(true);
    expect(doc.optional.every((u) => u.mark === 'O')).toBe(true);
    expect(doc.requirement.text).toBe('L4 requires 5 mandatory + 3 Optional units');
    expect(doc.status.complete).toBe(true);
  });

  it('gives each unit its Topss summary and functional area', () => {
    const d6 = doc.optional[0]!;
    expect(d6.area).toEqual({ letter: 'D', title: 'Working with people' });
    // Topss map line 127: "D6 … – plan and allocate work to individuals or teams; …".
    expect(d6.summary).toMatch(/^plan and allocate work to individuals or teams/);
    expect(d6.usage.map((u) => u.id)).toContain('most-imported-d6');
  });

  it('groups D6’s specialist and partnership standards by framework, as the Topss map prints them', () => {
    // Topss map lines 127-130: specialist RMA C10, RMRCC 11, RMA L4U9, RMA C8, RMRCC 10;
    // partnership SW 17, YW E3, HSC C2.5.
    const d6 = doc.optional[0]!;
    const groups = Object.fromEntries(d6.standards.map((g) => [g.shortName, g.standards.map((s) => s.code)]));
    expect(groups).toEqual({
      HSC: ['C2.5'],
      SW: ['17'],
      YW: ['E3'],
      RMA: ['C10', 'L4U9', 'C8'],
      RMRCC: ['11', '10'],
    });
    const columns = Object.fromEntries(
      d6.standards.flatMap((g) => g.standards.map((s) => [`${g.shortName} ${s.code}`, s.column])),
    );
    expect(columns).toMatchObject({
      'HSC C2.5': 'partnership',
      'SW 17': 'partnership',
      'YW E3': 'partnership',
      'RMA C10': 'specialist',
      'RMRCC 10': 'specialist',
    });
    expect(d6.standards.flatMap((g) => g.standards).every((s) => s.basis === 'published')).toBe(true);
  });

  it('the social-care frameworks come first (the dataset’s framework order: HSC, SW, …)', () => {
    const d6 = doc.optional[0]!;
    expect(d6.standards[0]!.shortName).toBe('HSC');
    expect(d6.standards[1]!.shortName).toBe('SW');
  });

  it('lists qualification units: curated first, then computed, never the same unit twice', () => {
    for (const u of [...doc.mandatory, ...doc.optional]) {
      expect(u.curatedCoverage.every((c) => c.basis !== 'computed')).toBe(true);
      expect(u.computedCoverage.every((c) => c.basis === 'computed' && c.score !== undefined)).toBe(true);
      const scores = u.computedCoverage.map((c) => c.score!);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(u.computedCoverage.length).toBeLessThanOrEqual(5);
      const curated = new Set(u.curatedCoverage.map((c) => c.id));
      expect(u.computedCoverage.some((c) => curated.has(c.id))).toBe(false);
    }
  });

  it('B10 (no Topss row) lists its five curated qualification units, strongest relation first', () => {
    const head = buildSpecification(dataset, 'Head', { level: 'L5', optionalUnits: ['nos:B10'] });
    const b10 = head.optional[0]!;
    expect(b10.standards).toEqual([]);
    expect(b10.noStandardsNote).toBe(
      'The Topss social-care map lines up no specialist or partnership standards with B10.',
    );
    // data/curated-links-*.json: L/506/2004 close, 8605-403 broad, K/506/1930 related, and from the
    // ILM group-2 curation 8605-336 broad (incident management and disaster recovery) and 8605-337
    // related (security measures); ties on relation in code order.
    expect(b10.curatedCoverage.map((c) => `${c.code} ${c.relation}`)).toEqual([
      'L/506/2004 close',
      '8605-336 broad',
      '8605-403 broad',
      '8605-337 related',
      'K/506/1930 related',
    ]);
    expect(b10.curatedCoverage.every((c) => c.rationale)).toBe(true);
  });

  it('D8 says it came after the Topss map (incremental review 2006/07)', () => {
    const team = buildSpecification(dataset, 'Team', { level: 'L3', optionalUnits: ['nos:D8'] });
    expect(team.optional[0]!.noStandardsNote).toMatch(/added by the 2006\/07 incremental review/);
  });

  it('limits computed suggestions and counts the rest', () => {
    const few = buildSpecification(
      dataset,
      'Few',
      { level: 'L5', optionalUnits: ['nos:B10'] },
      { computedLimit: 1 },
    );
    const b10 = few.optional[0]!;
    expect(b10.computedCoverage).toHaveLength(1);
    const all = buildSpecification(
      dataset,
      'All',
      { level: 'L5', optionalUnits: ['nos:B10'] },
      { computedLimit: 1000 },
    );
    expect(b10.computedHidden).toBe(all.optional[0]!.computedCoverage.length - 1);
  });

  it('NHS LQF qualities are coded by their own name, so the label does not repeat it', () => {
    expect(standardLabel({ code: 'Drive for results', title: 'Setting direction: Drive for results' })).toBe(
      'Setting direction: Drive for results',
    );
    expect(standardLabel({ code: 'C2.5', title: 'Support inter-disciplinary teams.' })).toBe(
      'C2.5 Support inter-disciplinary teams.',
    );
    expect(standardLabel({ code: 'D', title: '' })).toBe('D');
  });
});

describe('saved data', () => {
  it('accepts a well-formed specification', () => {
    expect(
      validateSpecificationData({ level: 'L3', optionalUnits: ['nos:D7'], templateId: 'team-leader' }),
    ).toEqual({ ok: true, value: { level: 'L3', optionalUnits: ['nos:D7'], templateId: 'team-leader' } });
    expect(validateSpecificationData({ level: 'L2' })).toEqual({
      ok: true,
      value: { level: 'L2', optionalUnits: [] },
    });
  });

  it.each([
    ['garbage', 'garbage'],
    ['null', null],
    ['a list', ['L3']],
    ['an unknown level', { level: 'L7', optionalUnits: [] }],
    ['units that are not a list', { level: 'L3', optionalUnits: 'D7' }],
    ['units that are not ids', { level: 'L3', optionalUnits: [7] }],
  ])('refuses %s', (_label, raw) => {
    const result = validateSpecificationData(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
  });
});

describe('exports', () => {
  const doc = buildSpecification(dataset, 'Deputy *manager* <b>|</b>', {
    level: 'L4',
    optionalUnits: ['nos:A2', 'nos:B6', 'nos:D6'],
    templateId: 'deputy-manager',
  });

  it('Markdown: a titled document with the level, a unit table and a section per unit', () => {
    const md = specificationToMarkdown(doc, '1 March 2025');
    expect(md.startsWith('# Deputy \\*manager\\* \\<b\\>\\|\\</b\\>\n')).toBe(true);
    expect(md).toContain('**Person specification: NOS Management and Leadership, level 4**');
    expect(md).toContain('L4 requires 5 mandatory + 3 Optional units.');
    expect(md).toContain('| Mandatory | F3 | Manage business processes | F Achieving results |');
    expect(md).toContain('## Mandatory units at level 4');
    expect(md).toContain('## Optional units chosen');
    for (const code of ['B1', 'C2', 'D2', 'E6', 'F3', 'A2', 'B6', 'D6'])
      expect(md, code).toMatch(new RegExp(`^### ${code} `, 'm'));
    // A2's standards from the Topss map, line 62-64: DANOS AC2, HSC C1.1, SW 14.
    expect(md).toContain(
      '  - C1.1 Contribute to the effectiveness of teams. *(specialist column, published in the source)*',
    );
    expect(md).toContain('Computed (text similarity only, not reviewed; treat as leads):');
    expect(md).toContain('Started from the suggestion “Deputy manager”');
    expect(md).toContain('Made with Standards Atlas on 1 March 2025.');
    expect(md).not.toMatch(/undefined|\[object/);
  });

  it('Markdown: an incomplete specification says what is still to do, once', () => {
    const partial = buildSpecification(dataset, 'Draft', { level: 'L3', optionalUnits: ['nos:D7'] });
    const md = specificationToMarkdown(partial);
    expect(md).toContain('Status: level 3 needs 4 mandatory + 3 optional: 1 optional chosen, 2 to go.');
    // Said once: the status line is not repeated as a to-do item.
    expect(md.split('1 optional chosen, 2 to go').length - 1).toBe(1);
    expect(md).toContain('## Optional units chosen\n\n### D7 ');
  });

  it('markdownText neutralises emphasis, links, HTML and table pipes', () => {
    expect(markdownText('a *b* [c](d) <e> | f_g\n#h')).toBe('a \\*b\\* \\[c\\](d) \\<e\\> \\| f\\_g \\#h');
  });

  it('CSV: one row per unit, the declared columns, and no formula injection', () => {
    const risky = buildSpecification(dataset, '=HYPERLINK("x")', { level: 'L4', optionalUnits: ['nos:A2'] });
    const parsed = Papa.parse<Record<string, string>>(specificationToCsv(risky), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(SPECIFICATION_CSV_COLUMNS);
    expect(parsed.data.map((r) => `${r.status} ${r.code}`)).toEqual([
      'mandatory B1',
      'mandatory C2',
      'mandatory D2',
      'mandatory E6',
      'mandatory F3',
      'optional A2',
    ]);
    expect(parsed.data[0]!.specification).toBe('\'=HYPERLINK("x")');
    expect(parsed.data[0]!.level).toBe('4');
    const a2 = parsed.data[5]!;
    expect(a2.specialist_and_partnership_standards).toContain(
      'HSC C1.1 Contribute to the effectiveness of teams.',
    );
    expect(a2.specialist_and_partnership_standards).toContain(
      'SW 14 Manage and be accountable for your own work.',
    );
    expect(a2.unit_id).toBe('nos:A2');
  });

  it('file names come from the specification name', () => {
    expect(fileSlug('Team leader (copy 2)')).toBe('team-leader-copy-2');
    expect(fileSlug('***')).toBe('specification');
  });
});

/*
 * Caveats in the specification. Level 3 mandatory units are A2, B6, D6, E6 (000_…txt); the Topss map
 * prints under E6 (003_…txt, lines 158–160) "RMA:D2 Facilitate meetings", "H:49 Contribute to the
 * financial management of your organisation" and "H:53 Identify and access funding", in a converted
 * table whose partnership column is empty: all three doubtful. Under D7 (line 135) YW D2 is printed as
 * "Manage your work and create effective work relationships."
 */
describe('caveats and placement titles in the specification', () => {
  const doc = buildSpecification(dataset, 'Team leader', { level: 'L3', optionalUnits: ['nos:D7'] });
  const e6 = doc.mandatory.find((u) => u.code === 'E6')!;
  const standards = e6.standards.flatMap((g) => g.standards);

  it('every standard printed under E6 carries its caveat', () => {
    expect(standards.map((s) => s.code).sort()).toEqual(['49', '53', 'D2']);
    for (const s of standards) expect(s.caveat?.text).toMatch(/E5–E7/);
  });

  it('YW D2 under D7 shows the title printed there', () => {
    const d7 = doc.optional.find((u) => u.code === 'D7')!;
    const yw = d7.standards.flatMap((g) => g.standards).find((s) => s.id === 'yw:D2')!;
    expect(yw.title).toBe('Manage your work and create effective work relationships.');
  });

  it('the Markdown and CSV say so beside each doubtful standard, with the source line', () => {
    const md = specificationToMarkdown(doc);
    const section = md.slice(md.indexOf('### E6'), md.indexOf('## Optional units'));
    expect(section.match(/⚠ Caveat: /g)).toHaveLength(3);
    expect(section).toContain('(line 159)');
    const rows = Papa.parse<Record<string, string>>(specificationToCsv(doc), { header: true }).data;
    const e6Row = rows.find((r) => r.code === 'E6')!;
    expect(e6Row.specialist_and_partnership_standards!.match(/\[Caveat: /g)).toHaveLength(3);
    const a2Row = rows.find((r) => r.code === 'A2')!;
    expect(a2Row.specialist_and_partnership_standards).not.toContain('Caveat');
  });
});
