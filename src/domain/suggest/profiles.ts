/**
 * What each NOS unit is about, gathered from everything the sources say about it: its title and
 * summary, the specialist and partnership standards the Topss map places beside it (published
 * links), and the title, outcomes and criteria of the qualification units we curated to it.
 * Each piece is a field with its own weight; the engine turns the weighted counts into vectors.
 */
import type { Dataset, Link, Unit } from '../model';

export const FIELDS = ['title', 'summary', 'placed', 'curatedTitle', 'curatedBody'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * How much each field's cosine counts. Chosen by cross-validation over the curated units
 * (scripts/tune-suggest.ts): the NOS unit's own title and summary and the titles of the units
 * curated to it weigh most; the curated units' outcomes are long and say much besides the point.
 */
export const FIELD_WEIGHTS: Record<Field, number> = {
  title: 3,
  summary: 3,
  placed: 0.5,
  curatedTitle: 3,
  curatedBody: 0.2,
};

export interface ProfileText {
  field: Field;
  text: string;
}

/** A qualification unit's own words: title (twice: it names the topic), outcomes and criteria. */
export function unitBodyText(unit: Unit): string {
  const parts: string[] = [];
  for (const outcome of unit.outcomes ?? []) {
    parts.push(outcome.text);
    for (const criterion of outcome.criteria) parts.push(criterion.text);
  }
  return parts.join('\n');
}

export function unitFullText(unit: Unit): string {
  return [unit.title, unit.title, unit.summary ?? '', unitBodyText(unit)].join('\n');
}

/** Curated links from a qualification unit to a NOS unit: the examples the engine learns from. */
export function curatedExamples(dataset: Pick<Dataset, 'links' | 'frameworks' | 'units'>): Link[] {
  const qualificationFrameworks = new Set(
    dataset.frameworks.filter((f) => f.kind === 'qualification').map((f) => f.id),
  );
  const frameworkOf = new Map(dataset.units.map((u) => [u.id, u.framework]));
  return dataset.links.filter(
    (l) =>
      l.basis === 'curated' &&
      l.origin !== 'user' &&
      l.to.startsWith('nos:') &&
      qualificationFrameworks.has(frameworkOf.get(l.from) ?? ''),
  );
}

/**
 * The texts of each NOS unit's profile. `heldOut` names qualification units whose curated links
 * are left out (leave-one-out evaluation: a unit never learns from its own answer).
 */
export function nosProfiles(
  dataset: Pick<Dataset, 'units' | 'links' | 'frameworks'>,
  heldOut: ReadonlySet<string> = new Set(),
): Map<string, ProfileText[]> {
  const unitsById = new Map(dataset.units.map((u) => [u.id, u]));
  const profiles = new Map<string, ProfileText[]>();
  for (const unit of dataset.units) {
    if (unit.framework !== 'nos') continue;
    const texts: ProfileText[] = [{ field: 'title', text: unit.title }];
    for (const v of unit.variants ?? []) texts.push({ field: 'title', text: v.text });
    if (unit.summary) texts.push({ field: 'summary', text: unit.summary });
    profiles.set(unit.id, texts);
  }
  for (const link of dataset.links) {
    const profile = profiles.get(link.to);
    const other = unitsById.get(link.from);
    if (!profile || !other || link.origin === 'user') continue;
    if (link.basis === 'published') {
      profile.push({ field: 'placed', text: [other.title, other.summary ?? ''].join('\n') });
    }
  }
  for (const link of curatedExamples(dataset)) {
    if (heldOut.has(link.from)) continue;
    const profile = profiles.get(link.to);
    const other = unitsById.get(link.from);
    if (!profile || !other) continue;
    profile.push({ field: 'curatedTitle', text: other.title });
    profile.push({ field: 'curatedBody', text: unitBodyText(other) });
  }
  return profiles;
}
