import { xmlText } from './escape';

/** A standalone SVG of the visible graph (nodes at their positions, edges styled by basis and relation). */

const KIND_FILL: Record<string, string> = {
  generic: '#1d4ed8',
  specialist: '#0f766e',
  partnership: '#b45309',
  qualification: '#6d28d9',
};
const RELATION_STROKE: Record<string, string> = {
  exact: '#15803d',
  close: '#0369a1',
  broad: '#7e22ce',
  narrow: '#c2410c',
  related: '#64748b',
};
const BASIS_DASHARRAY: Record<string, string> = { published: '', curated: '6 4', computed: '2 3' };

export interface SvgNode {
  id: string;
  label: string;
  kind: string;
  x: number;
  y: number;
}
export interface SvgEdge {
  source: { x: number; y: number };
  target: { x: number; y: number };
  basis: string;
  relation: string;
}

export function graphToSvg(nodes: SvgNode[], edges: SvgEdge[]): string {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX] = [Math.min(0, ...xs) - 50, Math.max(0, ...xs) + 50];
  const [minY, maxY] = [Math.min(0, ...ys) - 30, Math.max(0, ...ys) + 30];
  const lines = edges.map((e) => {
    const dash = BASIS_DASHARRAY[e.basis] ? ` stroke-dasharray="${BASIS_DASHARRAY[e.basis]}"` : '';
    return `<line x1="${e.source.x}" y1="${e.source.y}" x2="${e.target.x}" y2="${e.target.y}" stroke="${RELATION_STROKE[e.relation] ?? '#64748b'}" stroke-width="1.4" stroke-opacity="0.6"${dash}/>`;
  });
  const boxes = nodes.map(
    (n) =>
      `<g><title>${xmlText(n.id)}</title><rect x="${n.x - 33}" y="${n.y - 13}" width="66" height="26" rx="5" fill="${KIND_FILL[n.kind] ?? '#be185d'}"/>` +
      `<text x="${n.x}" y="${n.y + 4}" text-anchor="middle" font-size="10" fill="#fff">${xmlText(n.label.slice(0, 12))}</text></g>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${maxX - minX} ${maxY - minY}" font-family="sans-serif">`,
    `<rect x="${minX}" y="${minY}" width="${maxX - minX}" height="${maxY - minY}" fill="#fff"/>`,
    ...lines,
    ...boxes,
    '</svg>',
  ].join('\n');
}
