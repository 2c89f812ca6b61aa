/** Words for what the pointer or keyboard is on: the tooltip's lines and the live region's sentence. */
import type { NodeSingular, EdgeSingular } from 'cytoscape';
import { describeMix } from '../../../domain/overview';
import type { Atlas } from '../../atlas';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeNode(atlas: Atlas, node: NodeSingular): string[] {
  const id = node.id();
  const framework = atlas.frameworksById.get(node.data('framework') as string);
  if (node.hasClass('unit')) {
    const unit = atlas.unitsById.get(id);
    const links = atlas.linksByUnit.get(id)?.length ?? 0;
    return [
      `${unit?.code ?? id} ${unit?.title ?? ''}`.trim(),
      framework?.name ?? '',
      plural(links, 'link'),
    ].filter(Boolean);
  }
  const count = node.data('count') as number;
  const links = node.connectedEdges().reduce((s, e) => s + ((e.data('count') as number) ?? 1), 0);
  const lines = [
    (node.data('title') as string) ?? id,
    node.hasClass('band-nos') ? '' : (framework?.name ?? ''),
    `${plural(count, 'unit')} · ${plural(links, 'link')} shown`,
  ];
  if (node.hasClass('chip')) lines.push('Click to show its units');
  return lines.filter(Boolean);
}

export function describeEdge(atlas: Atlas, edge: EdgeSingular): string[] {
  const name = (el: NodeSingular) =>
    el.hasClass('unit') ? (atlas.unitsById.get(el.id())?.code ?? el.id()) : (el.data('title') as string);
  const ends = `${name(edge.source())} — ${name(edge.target())}`;
  if (edge.hasClass('aggregate'))
    return [ends, describeMix(edge.data('count') as number, edge.data('mix') as Record<string, number>)];
  return [ends, `${edge.data('relation') as string}, ${edge.data('basis') as string}`];
}
