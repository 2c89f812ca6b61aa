/**
 * Mapping an imported framework to the generic NOS units (issue 13 with the suggestion engine of
 * issue 12): which of its units reach no NOS unit yet, the words to suggest from, and the person's
 * accepted claims, saved with the framework (`claims`). Rejections live in the review item (kind
 * "review", as for courses). A suggestion is never a claim until accepted.
 */
import { DEFAULT_CLAIM_RELATION } from '../course';
import type { Dataset, Link, Relation, Unit } from '../model';
import type { Suggestion, SuggestionEngine } from '../suggest';
import { isParentNote, type FrameworkImport } from './case-import';
import type { ImportedFrameworkData } from './imported-framework';

/** How a unit of an imported framework reaches the generic NOS, if it does. */
export type NosMapping =
  /** Linked to NOS units itself: by the file's associations or by the person's claims. */
  | { kind: 'direct'; nos: string[] }
  /** Linked to a unit of the atlas that has a published or curated NOS link (e.g. an ILM unit). */
  | { kind: 'via'; through: string[] }
  | { kind: 'unmapped' };

const isNos = (id: string) => id.startsWith('nos:');

/**
 * The atlas units (not the person's own) with a published or curated link to a NOS unit: a unit
 * linked to one of them is mapped through it. Computed links are suggestions, so they do not count.
 */
export function unitsReachingNos(dataset: Pick<Dataset, 'links'>): Set<string> {
  const reach = new Set<string>();
  for (const l of dataset.links) {
    if (l.origin === 'user' || l.basis === 'computed') continue;
    if (isNos(l.to) && !isNos(l.from)) reach.add(l.from);
    if (isNos(l.from) && !isNos(l.to)) reach.add(l.to);
  }
  return reach;
}

/**
 * For every unit of an imported framework (`units`, ids `<frameworkId>:<key>`), how it reaches the
 * NOS through `links` (the framework's links and claims, in either direction). `reaching`: see
 * unitsReachingNos.
 */
export function nosMapping(
  units: readonly Pick<Unit, 'id'>[],
  links: readonly Pick<Link, 'from' | 'to'>[],
  reaching: ReadonlySet<string>,
): Map<string, NosMapping> {
  const own = new Set(units.map((u) => u.id));
  const direct = new Map<string, Set<string>>();
  const via = new Map<string, Set<string>>();
  const add = (index: Map<string, Set<string>>, unit: string, other: string) => {
    const set = index.get(unit);
    if (set) set.add(other);
    else index.set(unit, new Set([other]));
  };
  for (const l of links) {
    for (const [unit, other] of [
      [l.from, l.to],
      [l.to, l.from],
    ] as const) {
      if (!own.has(unit) || own.has(other)) continue;
      if (isNos(other)) add(direct, unit, other);
      else if (reaching.has(other)) add(via, unit, other);
    }
  }
  return new Map(
    units.map((u): [string, NosMapping] => {
      const nos = direct.get(u.id);
      if (nos) return [u.id, { kind: 'direct', nos: [...nos] }];
      const through = via.get(u.id);
      if (through) return [u.id, { kind: 'via', through: [...through] }];
      return [u.id, { kind: 'unmapped' }];
    }),
  );
}

/**
 * A unit's words for the suggestion engine: its title (the item's fullStatement or
 * abbreviatedStatement), its notes as the file gives them, and the statements of its child
 * outcomes and criteria. The note we add for a nested unit's parent is not the author's text.
 */
export function frameworkUnitText(unit: Pick<Unit, 'title' | 'note' | 'outcomes'>): string {
  const note = unit.note
    ?.split('\n')
    .filter((line) => !isParentNote(line))
    .join('\n');
  const outcomes = (unit.outcomes ?? []).flatMap((o) => [o.text, ...o.criteria.map((c) => c.text)]);
  return [unit.title, note, ...outcomes].filter(Boolean).join('\n');
}

/**
 * The framework with `nos` claimed for the unit `key`. Unchanged when the unit is unknown, or the
 * pair is already claimed or linked by the file (a claim never repeats a link).
 */
export function acceptFrameworkClaim(
  data: ImportedFrameworkData,
  key: string,
  nos: string,
  relation: Relation = DEFAULT_CLAIM_RELATION,
): ImportedFrameworkData {
  const id = `${data.frameworkId}:${key}`;
  if (!isNos(nos) || !data.units.some((u) => u.key === key)) return data;
  if (data.claims.some((c) => c.unit === key && c.nos === nos)) return data;
  if (data.links.some((l) => (l.from === id && l.to === nos) || (l.from === nos && l.to === id))) return data;
  return { ...data, claims: [...data.claims, { unit: key, nos, relation }] };
}

/** The framework with the relation of the person's claim of `nos` for `key` changed. */
export function setFrameworkClaimRelation(
  data: ImportedFrameworkData,
  key: string,
  nos: string,
  relation: Relation,
): ImportedFrameworkData {
  return {
    ...data,
    claims: data.claims.map((c) => (c.unit === key && c.nos === nos ? { ...c, relation } : c)),
  };
}

/** The framework without the person's claim of `nos` for `key` (to undo an accept). */
export function withdrawFrameworkClaim(
  data: ImportedFrameworkData,
  key: string,
  nos: string,
): ImportedFrameworkData {
  return { ...data, claims: data.claims.filter((c) => c.unit !== key || c.nos !== nos) };
}

/**
 * Suggestions for every unit of an import (CLI dry run) that reaches no NOS unit: unit id → the
 * engine's best `limit` NOS units. Mapped units are left out. Nothing here is a claim.
 */
export function suggestionsForImport(
  result: Pick<FrameworkImport, 'units' | 'links' | 'unitTexts'>,
  dataset: Pick<Dataset, 'links'>,
  engine: SuggestionEngine,
  limit = 3,
): Map<string, Suggestion[]> {
  const mapping = nosMapping(result.units, result.links, unitsReachingNos(dataset));
  const suggestions = new Map<string, Suggestion[]>();
  for (const unit of result.units) {
    if (mapping.get(unit.id)?.kind !== 'unmapped') continue;
    const text = result.unitTexts?.[unit.id] ?? frameworkUnitText(unit);
    suggestions.set(unit.id, engine.suggest(text, { limit }));
  }
  return suggestions;
}
