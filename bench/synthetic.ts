/**
 * Synthetic datasets for benchmarks: the real generic NOS plus generated specialist and
 * qualification frameworks, written as data files so they go through the same pipeline
 * (validation, similarity, layout, single-file build) as the real data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Framework, Link, Unit } from '../src/domain/model';

const WORDS = (
  'manage lead plan team budget risk quality service staff develop review change improve customer ' +
  'partnership safety health learning support monitor resource performance project care practice ' +
  'policy strategy communication information record evaluate assess agree ensure maintain promote ' +
  'organisation colleague stakeholder young people children adult family community volunteer'
).split(' ');

/** A small deterministic pseudo-random generator, so every run builds the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  const text = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SOURCE = { document: '003_4994f875fb7bc13d.txt', locator: 'synthetic benchmark record', line: 1 };

export interface SyntheticOptions {
  units: number;
  /** Published links per specialist unit (qualification units then have one curated link each). */
  linksPerUnit?: number;
  /**
   * Instead: this many links in all, spread as evenly as they go over every generated unit
   * (specialist units' published, qualification units' curated), e.g. the whole UK NOS register's
   * 60,000.
   */
  links?: number;
  seed?: number;
}

/** The NOS units a generated unit links to: `count` distinct ones, drawn at random. */
function targetsFor(next: () => number, nosIds: string[], count: number): Set<string> {
  const targets = new Set<string>();
  while (targets.size < Math.min(count, nosIds.length))
    targets.add(nosIds[Math.floor(next() * nosIds.length)]!);
  return targets;
}

export function syntheticDataset(
  nos: { units: Unit[] },
  options: SyntheticOptions,
): Omit<Dataset, 'areas' | 'nosLevelRules' | 'usageFacts' | 'corrections' | 'roleTemplates'> {
  const next = random(options.seed ?? 7);
  const nosIds = nos.units.map((u) => u.id);
  const extra = Math.max(0, options.units - nos.units.length);
  const qualificationUnits = Math.round(extra * 0.2);
  const specialistUnits = extra - qualificationUnits;
  const frameworks: Framework[] = [];
  const units: Unit[] = [];
  const links: Link[] = [];
  const perFramework = 200;
  // Links of the n-th generated unit (specialist units first, then qualification units).
  const linksOf = (n: number) =>
    options.links === undefined
      ? n < specialistUnits
        ? (options.linksPerUnit ?? 3)
        : 1
      : Math.floor(options.links / extra) + (n < options.links % extra ? 1 : 0);
  for (let i = 0; i < specialistUnits; i++) {
    const fw = `syn-s${Math.floor(i / perFramework)}`;
    if (i % perFramework === 0)
      frameworks.push({
        id: fw,
        name: `Synthetic specialist ${fw}`,
        shortName: fw.toUpperCase(),
        kind: 'specialist',
        source: SOURCE,
      });
    const id = `${fw}:S${i}`;
    units.push({
      id,
      framework: fw,
      code: `S${i}`,
      title: sentence(next, 6),
      summary: sentence(next, 18),
      source: SOURCE,
    });
    for (const to of targetsFor(next, nosIds, linksOf(i)))
      links.push({
        from: id,
        to,
        relation: 'related',
        basis: 'published',
        context: 'specialist',
        source: SOURCE,
      });
  }
  for (let i = 0; i < qualificationUnits; i++) {
    const fw = `syn-q${Math.floor(i / perFramework)}`;
    if (i % perFramework === 0)
      frameworks.push({
        id: fw,
        name: `Synthetic qualification ${fw}`,
        shortName: fw.toUpperCase(),
        kind: 'qualification',
        source: SOURCE,
      });
    const id = `${fw}:Q${i}`;
    units.push({
      id,
      framework: fw,
      code: `Q${i}`,
      title: sentence(next, 5),
      level: 4,
      credits: 1 + Math.floor(next() * 6),
      group: String(1 + (i % 3)),
      source: SOURCE,
      outcomes: [1, 2].map((n) => ({
        number: String(n),
        text: sentence(next, 8),
        criteria: [1, 2, 3].map((c) => ({ number: `${n}.${c}`, text: sentence(next, 10) })),
      })),
    });
    for (const to of targetsFor(next, nosIds, linksOf(specialistUnits + i)))
      links.push({
        from: id,
        to,
        relation: 'close',
        basis: 'curated',
        rationale: 'Synthetic benchmark link.',
      });
  }
  return { frameworks, units, links, qualifications: [], synonyms: [] };
}

/** Writes a data folder: the real nos.json plus one synthetic file. Returns the folder. */
export function writeSyntheticData(dir: string, options: SyntheticOptions): string {
  mkdirSync(dir, { recursive: true });
  const nosText = readFileSync(join(import.meta.dirname, '..', 'data', 'nos.json'), 'utf8');
  writeFileSync(join(dir, 'nos.json'), nosText);
  const data = syntheticDataset(JSON.parse(nosText), options);
  writeFileSync(
    join(dir, 'synthetic.json'),
    JSON.stringify({ frameworks: data.frameworks, units: data.units, links: data.links }),
  );
  return dir;
}
