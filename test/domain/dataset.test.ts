/**
 * The dataset against the source documents. Expected values are read off the documents in
 * sources/ (document and line in each comment), never copied from the program's output.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadDataset } from '../../src/domain/dataset';
import type { Unit } from '../../src/domain/model';
import { DEFAULT_DATA_DIR, loadFullDataset, readDataFiles } from '../../src/node/data-files';

const { dataset, problems } = loadFullDataset();
const unit = (id: string): Unit => {
  const found = dataset.units.find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
};
const codesOf = (framework: string) =>
  dataset.units.filter((u) => u.framework === framework).map((u) => u.code);
const sourceLines = (document: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'sources', document), 'utf8').split('\n');

describe('the data in data/', () => {
  it('validates with no problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('generic M&L NOS (000_2ddea83f8caa00c9.txt)', () => {
  it('has the 56 units A1–F12 in six functional areas', () => {
    const expected = [
      ...['A1', 'A2', 'A3'],
      ...Array.from({ length: 12 }, (_, i) => `B${i + 1}`),
      ...Array.from({ length: 6 }, (_, i) => `C${i + 1}`),
      ...Array.from({ length: 12 }, (_, i) => `D${i + 1}`),
      ...Array.from({ length: 11 }, (_, i) => `E${i + 1}`),
      ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
    ];
    expect(codesOf('nos').sort()).toEqual(expected.sort());
    expect(dataset.areas.map((a) => `${a.letter} ${a.title}`)).toEqual([
      'A Managing self and personal skills',
      'B Providing direction',
      'C Facilitating change',
      'D Working with people',
      'E Using resources',
      'F Achieving results',
    ]);
    for (const u of dataset.units.filter((x) => x.framework === 'nos')) expect(u.area).toBe(u.code[0]);
  });

  it('states the per-level rule: L2 4+2, L3 4+3, L4 5+3, L5 4+3 (lines 3–9)', () => {
    const rules = Object.fromEntries(dataset.nosLevelRules.map((r) => [r.level, [r.mandatory, r.optional]]));
    expect(rules).toEqual({ L2: [4, 2], L3: [4, 3], L4: [5, 3], L5: [4, 3] });
  });

  it('marks exactly these units mandatory at each level', () => {
    const mandatory = (level: 'L2' | 'L3' | 'L4' | 'L5') =>
      dataset.units.filter((u) => u.levels?.[level] === 'M').map((u) => u.code);
    expect(mandatory('L2')).toEqual(['A1', 'B5', 'D1', 'E5']);
    expect(mandatory('L3')).toEqual(['A2', 'B6', 'D6', 'E6']);
    expect(mandatory('L4')).toEqual(['B1', 'C2', 'D2', 'E6', 'F3']);
    expect(mandatory('L5')).toEqual(['B7', 'C3', 'E7', 'F12']);
    // The mandatory count per level agrees with the stated rule.
    for (const rule of dataset.nosLevelRules) expect(mandatory(rule.level)).toHaveLength(rule.mandatory);
  });

  it('keeps sample rows exactly', () => {
    expect(unit('nos:D7')).toMatchObject({
      title: 'Provide learning opportunities for colleagues',
      levels: { L2: 'O', L3: 'O', L4: 'O', L5: 'O' },
    });
    expect(unit('nos:A2').levels).toEqual({ L3: 'M', L4: 'O', L5: 'O' });
    expect(unit('nos:B10')).toMatchObject({ title: 'Manage risk', levels: { L5: 'O' } });
    expect(unit('nos:D1').levels).toEqual({ L2: 'M', L3: 'O' });
    expect(unit('nos:E6').levels).toEqual({ L3: 'M', L4: 'M' });
    expect(unit('nos:F12')).toMatchObject({
      title: 'Improve organisational performance',
      levels: { L5: 'M' },
    });
  });

  it('carries the import marks: ** from ENTO on E5, * from Customer Service on F5–F8', () => {
    const marked = dataset.units.filter((u) => u.importMark).map((u) => `${u.code}${u.importMark}`);
    expect(marked).toEqual(['E5**', 'F5*', 'F6*', 'F7*', 'F8*']);
  });

  it('has the Topss one-line summaries, except B10 and the units added after the map', () => {
    const without = dataset.units.filter((u) => u.framework === 'nos' && !u.summary).map((u) => u.code);
    expect(without.sort()).toEqual(['B10', 'D10', 'D11', 'D12', 'D8', 'D9', 'E10', 'E11', 'E8', 'E9']);
    expect(unit('nos:A3').summary).toBe(
      'based on principles of reciprocity and confidentiality to support both your current and future work.',
    );
  });
});

describe('Topss social-care map (003_4994f875fb7bc13d.txt)', () => {
  const published = dataset.links.filter((l) => l.basis === 'published');

  it('takes framework names from the key of code prefixes', () => {
    const names = Object.fromEntries(dataset.frameworks.map((f) => [f.shortName, f.name]));
    expect(names).toMatchObject({
      HSC: 'Health and Social Care',
      SW: 'Social Work',
      DANOS: 'Drugs and Alcohol',
      RMA: 'Registered Manager Adults',
      RMRCC: 'Registered Manager Residential Child Care',
      VSNT0: 'Voluntary Sector NTO Functional Map of Managing Volunteers',
      'NHS KSF': 'NHS Knowledge and Skills Framework',
      'NHS LQF': 'NHS Leadership Qualities Framework',
    });
  });

  it('links HSC B1.2 to B12 as a specialist standard (table B, B12 row)', () => {
    expect(unit('hsc:B1.2').title).toBe('Assess and act upon risk of danger to individuals and others.');
    expect(published).toContainEqual(
      expect.objectContaining({
        from: 'hsc:B1.2',
        to: 'nos:B12',
        context: 'specialist',
        relation: 'related',
      }),
    );
  });

  it('splits "RMA: C10 RMRCC: 11" into two standards, both against D6', () => {
    for (const id of ['rma:C10', 'rmrcc:11']) {
      expect(unit(id).title).toBe('Develop teams and individuals to enhance performance.');
      expect(published).toContainEqual(
        expect.objectContaining({ from: id, to: 'nos:D6', context: 'specialist' }),
      );
    }
  });

  it('puts partnership standards in their column: NHS KSF Dimension 18 against D1', () => {
    expect(published).toContainEqual(
      expect.objectContaining({ from: 'nhs-ksf:Dimension-18', to: 'nos:D1', context: 'partnership' }),
    );
  });

  it('never links B10 (it has no row) nor D8–D12 / E8–E11 (written before they existed)', () => {
    const absent = ['B10', 'D8', 'D9', 'D10', 'D11', 'D12', 'E8', 'E9', 'E10', 'E11'].map((c) => `nos:${c}`);
    expect(published.filter((l) => absent.includes(l.to))).toEqual([]);
  });

  it('logs the known code typos with the original text', () => {
    const originals = dataset.corrections.map((c) => c.original);
    for (const typo of ['CSNT0', 'RMRC: 9', 'RM RCC', 'NHS LQS', 'J:D301'])
      expect(
        originals.some((o) => o.includes(typo)),
        typo,
      ).toBe(true);
    expect(unit('vsnt0:F1').title).toBe('Promote the organisation and its services to stakeholders.');
    expect(unit('yj:D301').title).toBe('Enable workers and agencies to work collaboratively.');
  });

  it('cites, for every published link, a line of the map that holds the standard', () => {
    const lines = sourceLines('003_4994f875fb7bc13d.txt');
    for (const link of published) {
      const line = lines[(link.source?.line ?? 0) - 1] ?? '';
      const from = unit(link.from);
      const wordings = [from.title || from.code, ...(from.variants ?? []).map((v) => v.text)];
      const found = wordings.some((w) => line.includes(w.split(' ').slice(0, 4).join(' ')));
      expect(found, `${link.from} → ${link.to} on line ${link.source?.line}`).toBe(true);
    }
  });
});

describe('ProQual Level 4 NVQ Diploma in Management (002_91bdc591f1f65ba7.txt)', () => {
  const proqual = dataset.units.filter((u) => u.framework === 'proqual');
  const inGroup = (g: string) => proqual.filter((u) => u.group === g);
  const credits = (units: Unit[]) => units.reduce((s, u) => s + (u.credits ?? 0), 0);

  it('has 48 units: group A the four mandatory units worth 17 credits', () => {
    expect(proqual).toHaveLength(48);
    expect(inGroup('A').map((u) => u.code)).toEqual(['L/506/1953', 'Y/506/1955', 'F/506/1982', 'T/506/2952']);
    expect(credits(inGroup('A'))).toBe(17);
    expect(inGroup('B')).toHaveLength(31);
    expect(inGroup('C')).toHaveLength(13);
  });

  it('records the qualification profile and rules of combination', () => {
    const q = dataset.qualifications.find((x) => x.number === '601/4759/3');
    expect(q).toMatchObject({
      totalQualificationTime: 530,
      guidedLearningHours: 229,
      creditRange: { min: 53 },
    });
    expect(q?.rulesText).toContain('minimum of 53 credits');
    const byType = q?.rules.map((r) => [
      r.type,
      'group' in r ? r.group : '',
      ('min' in r && r.min) || '',
      ('max' in r && r.max) || '',
    ]);
    expect(byType).toEqual(
      expect.arrayContaining([
        ['totalCredits', '', 53, ''],
        ['allUnitsOfGroup', 'A', '', ''],
        ['groupCredits', 'B', 20, ''],
        ['groupCredits', 'C', '', 16],
      ]),
    );
  });

  it('keeps sample units and criteria exactly', () => {
    expect(unit('proqual:R/506/1999')).toMatchObject({
      title: 'Manage a project',
      level: 4,
      credits: 7,
      group: 'B',
    });
    expect(unit('proqual:T/506/2952')).toMatchObject({ level: 3, credits: 3, group: 'A' });
    const leadership = unit('proqual:L/506/1953');
    expect(leadership.outcomes?.map((o) => o.text)).toEqual([
      'Understand the principles supporting leadership and management',
      'Be able to engage and inspire stakeholders and colleagues',
      'Be able to deliver results',
    ]);
    expect(leadership.outcomes?.[1]?.criteria.map((c) => c.number)).toEqual([
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
    ]);
    expect(leadership.outcomes?.[2]?.criteria[1]).toEqual({
      number: '3.2',
      text: 'Use delegation techniques whilst delivering targets',
    });
  });

  it('repairs the drifted outcome 4 of Y/506/1955 (PDF column drift, lines 250–254)', () => {
    const outcome = unit('proqual:Y/506/1955').outcomes?.[3];
    expect(outcome?.text).toBe('Be able to evaluate the effectiveness of an operational plan');
    expect(outcome?.criteria.map((c) => c.text)).toEqual([
      'Conduct periodic reviews of the progress and effectiveness of the plans, using information from a range of sources',
      'Report on the effectiveness of operational plans in the appropriate format',
    ]);
  });

  it('gives every unit learning outcomes with numbered criteria', () => {
    for (const u of proqual) {
      expect(u.outcomes?.length, u.code).toBeGreaterThan(0);
      u.outcomes?.forEach((o, i) => {
        expect(o.number).toBe(String(i + 1));
        o.criteria.forEach((c, j) => expect(c.number, u.code).toBe(`${o.number}.${j + 1}`));
      });
    }
  });
});

describe('ILM 8605 (004_b99c2eb5f5b05502.txt)', () => {
  const ilm = dataset.units.filter((u) => u.framework === 'ilm');

  it('has 100 units: group 1 = 400–427, group 2 the other 72', () => {
    expect(ilm).toHaveLength(100);
    const group1 = ilm.filter((u) => u.group === '1').map((u) => Number(u.code.slice(5)));
    expect(group1.sort((a, b) => a - b)).toEqual(Array.from({ length: 28 }, (_, i) => 400 + i));
    expect(ilm.filter((u) => u.group === '2')).toHaveLength(72);
    for (const missing of ['8605-523', '8605-531', '8605-532']) expect(codesOf('ilm')).not.toContain(missing);
  });

  it('keeps sample rows exactly', () => {
    expect(unit('ilm:8605-409')).toMatchObject({
      title: 'Managing Personal Development',
      level: 4,
      credits: 6,
      glh: 15,
    });
    expect(unit('ilm:8605-521')).toMatchObject({ credits: 15, glh: 20, group: '2', level: 5 });
    expect(unit('ilm:8605-341')).toMatchObject({
      title: 'Leading and Motivating a Team Effectively',
      credits: 2,
      glh: 7,
    });
  });

  it('has the three qualifications with their accreditation numbers and credit ranges', () => {
    const qs = dataset.qualifications.filter((q) => q.framework === 'ilm');
    expect(qs.map((q) => [q.number, q.creditRange.min, q.creditRange.max])).toEqual([
      ['600/5851/1', 5, 12],
      ['600/5932/1', 13, 36],
      ['600/5931/X', 37, undefined],
    ]);
  });
});

describe('usage facts (001_fa7db7218e08b3b4.txt)', () => {
  it('records the three most-imported units with their counts (para 3.16)', () => {
    const most = dataset.usageFacts
      .filter((f) => f.kind === 'most-imported')
      .map((f) => [f.units.join(), f.count]);
    expect(most).toEqual([
      ['nos:A2', 21],
      ['nos:B6', 20],
      ['nos:D6', 16],
    ]);
  });

  it('names the nine units added by the incremental review and the business-planning units', () => {
    const units = (kind: string) => dataset.usageFacts.filter((f) => f.kind === kind).flatMap((f) => f.units);
    expect(units('incremental-review').sort()).toEqual(
      ['D10', 'D11', 'D12', 'D8', 'D9', 'E10', 'E11', 'E8', 'E9'].map((c) => `nos:${c}`),
    );
    expect(units('business-planning').sort()).toEqual(['nos:A2', 'nos:B1', 'nos:B2', 'nos:B3', 'nos:B4']);
  });
});

describe('qualification ↔ NOS links', () => {
  it('has a curated link with a rationale for every ProQual unit and every ILM group-1 unit', () => {
    const curated = dataset.links.filter((l) => l.basis === 'curated');
    const needing = dataset.units.filter(
      (u) => u.framework === 'proqual' || (u.framework === 'ilm' && u.group === '1'),
    );
    expect(needing).toHaveLength(48 + 28);
    for (const u of needing) {
      const own = curated.filter((l) => l.from === u.id);
      expect(own.length, u.id).toBeGreaterThan(0);
      for (const l of own) expect(l.rationale?.length, u.id).toBeGreaterThan(20);
    }
  });

  // Changed deliberately (issue 12): computed links now come from the suggestion engine and never
  // sit on a pair with a curated or published link, so a unit curated to its obvious NOS units may
  // have none; every qualification unit still has a curated link or a computed suggestion.
  it('has computed suggestions with scores and confidence, never on a curated pair, for every unit not curated', () => {
    const computed = dataset.links.filter((l) => l.basis === 'computed');
    const curatedPairs = new Set(
      dataset.links.filter((l) => l.basis === 'curated').map((l) => `${l.from}>${l.to}`),
    );
    for (const l of computed) {
      expect(l.score).toBeGreaterThan(0);
      expect(l.confidence).toMatch(/^(strong|possible|weak)$/);
      expect(l.rationale).toBeUndefined();
      expect(l.source).toBeUndefined();
      expect(curatedPairs.has(`${l.from}>${l.to}`)).toBe(false);
    }
    const linked = new Set([
      ...computed.map((l) => l.from),
      ...[...curatedPairs].map((p) => p.split('>')[0]),
    ]);
    const qualificationUnits = dataset.units.filter(
      (u) => u.framework === 'proqual' || u.framework === 'ilm',
    );
    expect(qualificationUnits.filter((u) => !linked.has(u.id))).toEqual([]);
  });
});

describe('every record cites a real line of its document', () => {
  it('each unit title stands on the line its source names', () => {
    const cache = new Map<string, string[]>();
    const lineOf = (document: string, line: number) => {
      if (!cache.has(document)) cache.set(document, sourceLines(document));
      return (cache.get(document)![line - 1] ?? '').replace(/\s+/g, ' ');
    };
    for (const u of dataset.units) {
      if (!u.title || !u.source.line) continue;
      const firstWords = u.title.split(' ').slice(0, 3).join(' ');
      expect(lineOf(u.source.document, u.source.line), u.id).toContain(firstWords);
    }
  });
});

describe('invalid data fails with file, record and field', () => {
  function brokenCopy(file: string, edit: (json: Record<string, unknown[]>) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    const path = join(dir, file);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    edit(json);
    writeFileSync(path, JSON.stringify(json, null, 2));
    return loadDataset(readDataFiles(dir)).problems.map(formatProblem);
  }

  it('names the file, record and field of a bad level mark', () => {
    const problems = brokenCopy('nos.json', (json) => {
      (json.units![0] as { levels: Record<string, string> }).levels.L2 = 'X';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/nos\.json › units\[0\] \(nos:A1\) › levels\.L2: /);
  });

  it('names a link to a unit that does not exist', () => {
    const problems = brokenCopy('curated-links-ilm.json', (json) => {
      (json.links![2] as { to: string }).to = 'nos:Z9';
    });
    expect(problems).toEqual([
      expect.stringMatching(/curated-links-ilm\.json › links\[2\] › to: unknown unit "nos:Z9"/),
    ]);
  });

  it('rejects a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    writeFileSync(join(dir, 'broken.json'), '{ "units": [ ');
    const problems = loadDataset(readDataFiles(dir)).problems;
    expect(problems[0]).toMatchObject({ record: '', field: '' });
    expect(problems[0]?.file).toMatch(/broken\.json$/);
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('rejects duplicate ids and a curated link without a rationale', () => {
    const problems = brokenCopy('proqual.json', (json) => {
      json.units!.push(json.units![0]);
    });
    expect(problems).toEqual([
      expect.stringMatching(/proqual\.json › units\[48\] \(proqual:L\/506\/1953\) › id: duplicate unit id/),
    ]);
    const noRationale = brokenCopy('curated-links-proqual.json', (json) => {
      delete (json.links![0] as { rationale?: string }).rationale;
    });
    expect(noRationale).toEqual([
      expect.stringMatching(/curated-links-proqual\.json › links\[0\] › rationale: /),
    ]);
  });
});
