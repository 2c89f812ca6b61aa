/**
 * In the page's lean data a link's end that is a unit travels as the unit's position in
 * `dataset.units` instead of its id ("12" for "ilm:8605-400"): ids are the longest repeated
 * strings of the links, and this takes about 1 KB gzipped off the single file. An end that is
 * not a unit (a functional area, "area:B") keeps its id; ids always hold a colon, positions never.
 */
import type { Link, Unit } from './model';

type PositionedLink = Omit<Link, 'from' | 'to'> & { from: string | number; to: string | number };

export function linksByPosition(links: Link[], position: Map<string, number>): PositionedLink[] {
  return links.map((link) => ({
    ...link,
    from: position.get(link.from) ?? link.from,
    to: position.get(link.to) ?? link.to,
  }));
}

export function linksById(links: PositionedLink[], units: Pick<Unit, 'id'>[]): Link[] {
  const id = (end: string | number) => (typeof end === 'number' ? units[end]!.id : end);
  return links.map((link) => ({ ...link, from: id(link.from), to: id(link.to) }));
}

/** The computed links' string ("from>to>score>c|…", see packComputed) with positions for ids. */
export function computedByPosition(computed: string | undefined, position: Map<string, number>) {
  return computed
    ?.split('|')
    .map((entry) => {
      const [from, to, ...rest] = entry.split('>');
      return [position.get(from!) ?? from, position.get(to!) ?? to, ...rest].join('>');
    })
    .join('|');
}

export function computedById(computed: string | undefined, units: Pick<Unit, 'id'>[]) {
  const id = (end: string) => (/^\d+$/.test(end) ? units[Number(end)]!.id : end);
  return computed
    ?.split('|')
    .map((entry) => {
      const [from, to, ...rest] = entry.split('>');
      return [id(from!), id(to!), ...rest].join('>');
    })
    .join('|');
}
