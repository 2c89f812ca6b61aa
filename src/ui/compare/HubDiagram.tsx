import type { Comparison, HubPair, HubStep } from '../../domain/compare';
import type { Unit } from '../../domain/model';
import { GRAPH_INK, KIND_COLOURS, RELATION_COLOURS } from '../common/encoding';
import { pointScale } from '../common/scales';

const WIDTH = 980;
const ROW = 22;
const COLUMN = { x: 330, nos: 490, y: 650 };
const LABEL_CHARS = 42;
const DASH = { published: undefined, curated: '6 4', computed: '2 3' } as const;

type Column = keyof typeof COLUMN;

interface Props {
  comparison: Comparison;
  units: Map<string, Unit>;
  /** The unit whose paths are picked out (and whose pairs the table shows), if any. */
  focus: string | undefined;
  onFocus: (id: string | undefined) => void;
  hover: string | undefined;
  onHover: (id: string | undefined) => void;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Orders one side's units by the mean position of the NOS units they reach, to keep lines from crossing. */
function barycentreOrder(pairs: HubPair[], side: 'x' | 'y', nosIndex: Map<string, number>): string[] {
  const sums = new Map<string, { total: number; count: number; first: number }>();
  pairs.forEach((p, i) => {
    const id = p[side];
    const entry = sums.get(id) ?? { total: 0, count: 0, first: i };
    entry.total += nosIndex.get(p.via) ?? 0;
    entry.count += 1;
    sums.set(id, entry);
  });
  return [...sums]
    .sort(([, a], [, b]) => a.total / a.count - b.total / b.count || a.first - b.first)
    .map(([id]) => id);
}

function uniqueSteps(steps: HubStep[]): HubStep[] {
  const seen = new Map<string, HubStep>();
  for (const s of steps) seen.set(`${s.unit}>${s.nos}`, s);
  return [...seen.values()];
}

/**
 * A three-column path diagram (sankey-like): X units on the left, the NOS units both sides reach in
 * the middle, Y units on the right. Line colour is the relation, dash the basis (solid published,
 * dashed curated, dotted computed), as in the explorer's graph.
 */
export function HubDiagram({ comparison: c, units, focus, onFocus, hover, onHover }: Props) {
  const nosIndex = new Map(c.shared.map((id, i) => [id, i]));
  const columns: Record<Column, string[]> = {
    x: barycentreOrder(c.pairs, 'x', nosIndex),
    nos: c.shared,
    y: barycentreOrder(c.pairs, 'y', nosIndex),
  };
  const rows = Math.max(columns.x.length, columns.nos.length, columns.y.length, 1);
  const height = rows * ROW + 40;
  const position = Object.fromEntries(
    (Object.keys(columns) as Column[]).map((column) => {
      const scale = pointScale(columns[column], [30, height - 10], 0.5);
      return [column, (id: string) => scale(id) ?? 0];
    }),
  ) as Record<Column, (id: string) => number>;

  const xSteps = uniqueSteps(c.pairs.map((p) => p.path[0]));
  const ySteps = uniqueSteps(c.pairs.map((p) => p.path[1]));

  // What to pick out: the pairs that pass through the hovered (or else the focused) unit.
  const active = hover ?? focus;
  const activePairs = active
    ? c.pairs.filter((p) => p.x === active || p.via === active || p.y === active)
    : [];
  const lit = new Set(activePairs.flatMap((p) => [p.x, p.via, p.y]));
  const litSteps = new Set(activePairs.flatMap((p) => [`${p.x}>${p.via}`, `${p.y}>${p.via}`]));

  const label = (id: string) => {
    const unit = units.get(id);
    return unit ? `${unit.code} ${unit.title}`.trim() : id;
  };

  const edge = (step: HubStep, side: 'x' | 'y') => {
    const from: [number, number] =
      side === 'x' ? [COLUMN.x + 6, position.x(step.unit)] : [COLUMN.nos + 24, position.nos(step.nos)];
    const to: [number, number] =
      side === 'x' ? [COLUMN.nos - 24, position.nos(step.nos)] : [COLUMN.y - 6, position.y(step.unit)];
    const key = `${step.unit}>${step.nos}`;
    const on = !active || litSteps.has(key);
    return (
      <path
        key={`${side}:${key}`}
        d={horizontalLink(from, to)}
        fill="none"
        stroke={RELATION_COLOURS[step.relation]}
        strokeWidth={active && on ? 2.6 : 1.6}
        strokeDasharray={DASH[step.basis]}
        opacity={on ? 0.85 : 0.12}
      >
        <title>{`${label(step.unit)} — ${step.relation}, ${step.basis} — ${label(step.nos)}`}</title>
      </path>
    );
  };

  const node = (id: string, column: Column) => {
    const unit = units.get(id);
    const y = position[column](id);
    const on = !active || lit.has(id);
    const handlers = {
      onMouseEnter: () => onHover(id),
      onMouseLeave: () => onHover(undefined),
      onClick: () => onFocus(focus === id ? undefined : id),
      style: { cursor: 'pointer' },
      opacity: on ? 1 : 0.35,
    };
    if (column === 'nos') {
      return (
        <g key={`nos:${id}`} className="hub-node" {...handlers}>
          <title>{label(id)}</title>
          <rect
            x={COLUMN.nos - 24}
            y={y - 9}
            width={48}
            height={18}
            rx={5}
            fill={focus === id ? GRAPH_INK.text : KIND_COLOURS.generic}
          />
          <text x={COLUMN.nos} y={y + 4} textAnchor="middle" className="hub-nos-label">
            {unit?.code ?? id}
          </text>
        </g>
      );
    }
    const left = column === 'x';
    const text = shorten(label(id), LABEL_CHARS);
    return (
      <g key={`${column}:${id}`} className="hub-node" {...handlers}>
        <title>{label(id)}</title>
        <rect
          x={left ? 8 : COLUMN.y + 2}
          y={y - ROW / 2}
          width={COLUMN.x - 10}
          height={ROW}
          style={{ fill: focus === id ? 'var(--accent-soft)' : 'transparent' }}
          rx={4}
        />
        <circle cx={left ? COLUMN.x : COLUMN.y} cy={y} r={4.5} fill={GRAPH_INK.link} />
        <text
          x={left ? COLUMN.x - 10 : COLUMN.y + 10}
          y={y + 4}
          textAnchor={left ? 'end' : 'start'}
          className="hub-label"
          fontWeight={focus === id ? 700 : 400}
        >
          {text}
        </text>
      </g>
    );
  };

  return (
    <svg
      className="hub-diagram"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="img"
      aria-label={`Paths from ${columns.x.length} ${c.x.label} units through ${c.shared.length} shared NOS units to ${columns.y.length} ${c.y.label} units. The table below lists every pair.`}
    >
      <text x={COLUMN.x} y={16} textAnchor="end" className="hub-heading">
        {shorten(c.x.label, 40)}
      </text>
      <text x={COLUMN.nos} y={16} textAnchor="middle" className="hub-heading">
        NOS
      </text>
      <text x={COLUMN.y} y={16} className="hub-heading">
        {shorten(c.y.label, 40)}
      </text>
      <g>
        {xSteps.map((s) => edge(s, 'x'))}
        {ySteps.map((s) => edge(s, 'y'))}
      </g>
      <g>
        {columns.x.map((id) => node(id, 'x'))}
        {columns.nos.map((id) => node(id, 'nos'))}
        {columns.y.map((id) => node(id, 'y'))}
      </g>
    </svg>
  );
}

/** The S-curve d3-shape's linkHorizontal draws, without shipping d3-shape for one function. */
function horizontalLink([x0, y0]: [number, number], [x1, y1]: [number, number]): string {
  const mid = (x0 + x1) / 2;
  return `M${x0},${y0}C${mid},${y0},${mid},${y1},${x1},${y1}`;
}
