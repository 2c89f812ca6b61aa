/**
 * What the interchange writers share: stable identifiers (URN and UUID v5 of `standards-atlas:<id>`),
 * the fixed change date, and small helpers for provenance text.
 * Output is deterministic: stable UUIDs and a fixed change date, so exports diff cleanly.
 */
import type { Dataset, Link, Source, Unit } from '../model';
import { stableUuid } from '../uuid';

/** The dataset's date; a constant rather than "now" so the same data always exports the same bytes. */
export const INTERCHANGE_DATE = '2026-11-23';
export const INTERCHANGE_DATE_TIME = `${INTERCHANGE_DATE}T00:00:00+00:00`;
export const URN_PREFIX = 'urn:standards-atlas:';
export const CREATOR = 'Standards Atlas';
export const NOS_FRAMEWORK = 'nos';

export function atlasUri(id: string): string {
  return URN_PREFIX + id;
}

export function atlasUuid(id: string): string {
  return stableUuid('standards-atlas:' + id);
}

/** The same key the validator uses to reject duplicate links, so it identifies a link uniquely. */
export function linkKey(link: Link): string {
  return [link.from, link.to, link.basis, link.context ?? '', link.source?.line ?? ''].join('>');
}

export function readableSource(source: Source): string {
  return `${source.document} — ${source.locator}${source.line !== undefined ? `, line ${source.line}` : ''}`;
}

/** Drops undefined fields so the JSON carries only what the data has. */
export function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The placeholder statement (CASE fullStatement, SKOS prefLabel) for a unit given with a code and no title. */
export const NO_TITLE = '(no title in the source)';
export const untitledStatement = (code: string) => `${code} ${NO_TITLE}`;

export function unitStatement(unit: Unit): string {
  return unit.title || untitledStatement(unit.code);
}

export function areaIdOf(letter: string): string {
  return `area:${letter}`;
}

/** NOS units hang under their functional area; other frameworks' units sit directly under the framework. */
export function nosAreaParent(unit: Unit, known: { has(id: string): boolean }): string | undefined {
  if (unit.framework !== NOS_FRAMEWORK || !unit.area) return undefined;
  return known.has(areaIdOf(unit.area)) ? areaIdOf(unit.area) : undefined;
}

/** Which framework's package carries a link: where it starts, unless it starts in the NOS hub. */
export function linkHome(link: Link, frameworkOf: Map<string, string>): string {
  const from = frameworkOf.get(link.from) ?? NOS_FRAMEWORK;
  const to = link.to.startsWith('area:') ? NOS_FRAMEWORK : (frameworkOf.get(link.to) ?? NOS_FRAMEWORK);
  if (from !== NOS_FRAMEWORK) return from;
  return to;
}

export function frameworkIndex(dataset: Dataset): Map<string, string> {
  return new Map(dataset.units.map((u) => [u.id, u.framework]));
}
