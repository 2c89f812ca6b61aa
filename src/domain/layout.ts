/**
 * The deterministic graph layout, computed at build time so the page never runs a layout at load.
 * Three bands: specialist and partnership frameworks above, the generic NOS hub (six functional
 * areas) in the middle, qualification unit groups below. Groups and the units inside them are
 * ordered by the mean x of the NOS units they link to (barycentric ordering), which keeps most
 * edges short and vertical.
 */
import type { Dataset, Unit } from './model';

export interface Position {
  x: number;
  y: number;
}

export interface Group {
  id: string;
  label: string;
  band: 'specialist' | 'nos' | 'qualification' | 'user';
  framework: string;
}

export const CELL = { width: 86, height: 46 };
const GROUP_GAP = 70;
const BAND_GAP = 260;

export function groupOf(unit: Unit, kindOf: (framework: string) => string | undefined): string {
  if (unit.framework === 'nos') return `group:nos:${unit.area ?? '?'}`;
  if (kindOf(unit.framework) === 'qualification' && unit.group)
    return `group:${unit.framework}:${unit.group}`;
  return `group:${unit.framework}`;
}

export function buildGroups(dataset: Dataset): Group[] {
  const groups = new Map<string, Group>();
  const kindOf = (id: string) => dataset.frameworks.find((f) => f.id === id)?.kind;
  for (const unit of dataset.units) {
    const id = groupOf(unit, kindOf);
    if (groups.has(id)) continue;
    const framework = dataset.frameworks.find((f) => f.id === unit.framework);
    const kind = framework?.kind;
    let label = framework?.shortName ?? unit.framework;
    let band: Group['band'] = 'specialist';
    if (unit.framework === 'nos') {
      const area = dataset.areas.find((a) => a.letter === unit.area);
      label = `${unit.area} ${area?.title ?? ''}`.trim();
      band = 'nos';
    } else if (kind === 'qualification') {
      label = unit.group ? `${framework?.shortName ?? unit.framework} · group ${unit.group}` : label;
      band = 'qualification';
    } else if (framework?.origin === 'user') {
      band = 'user';
    }
    groups.set(id, { id, label, band, framework: unit.framework });
  }
  return [...groups.values()];
}

function columnsFor(count: number, aspect: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(count * aspect)));
}

/**
 * Lays out a band of groups left to right, wrapping to a new row past `maxWidth`, each row
 * centred on x = 0, starting at `top`. Returns the band's height.
 */
function placeBand(
  groups: { id: string; units: Unit[] }[],
  top: number,
  aspect: number,
  positions: Record<string, Position>,
  maxWidth = Number.POSITIVE_INFINITY,
): number {
  const sized = groups.map((g) => {
    const columns = columnsFor(g.units.length, aspect);
    const rows = Math.ceil(g.units.length / columns);
    return { ...g, columns, rows, width: columns * CELL.width };
  });
  const rows: (typeof sized)[] = [];
  for (const g of sized) {
    const row = rows[rows.length - 1];
    const width = row ? row.reduce((w, x) => w + x.width + GROUP_GAP, 0) + g.width : 0;
    if (!row || width > maxWidth) rows.push([g]);
    else row.push(g);
  }
  let y = top;
  for (const row of rows) {
    const rowWidth = row.reduce((w, g) => w + g.width, 0) + GROUP_GAP * (row.length - 1);
    let left = -rowWidth / 2;
    let rowHeight = 0;
    for (const g of row) {
      g.units.forEach((unit, i) => {
        positions[unit.id] = {
          x: Math.round(left + (i % g.columns) * CELL.width + CELL.width / 2),
          y: Math.round(y + Math.floor(i / g.columns) * CELL.height + CELL.height / 2),
        };
      });
      left += g.width + GROUP_GAP;
      rowHeight = Math.max(rowHeight, g.rows * CELL.height);
    }
    y += rowHeight + GROUP_GAP;
  }
  return Math.max(0, y - top - GROUP_GAP);
}

export function computeLayout(dataset: Dataset): Record<string, Position> {
  const positions: Record<string, Position> = {};
  const kindOf = (id: string) => dataset.frameworks.find((f) => f.id === id)?.kind;
  const groups = buildGroups(dataset);
  const members = new Map<string, Unit[]>();
  for (const unit of dataset.units) {
    const id = groupOf(unit, kindOf);
    members.set(id, [...(members.get(id) ?? []), unit]);
  }
  const band = (name: Group['band']) =>
    groups.filter((g) => g.band === name).map((g) => ({ id: g.id, units: members.get(g.id) ?? [] }));

  // NOS hub first, in code order A1 … F12, one column block per functional area.
  const nos = band('nos').sort((a, b) => a.id.localeCompare(b.id));
  for (const g of nos) g.units.sort((a, b) => codeOrder(a.code) - codeOrder(b.code));
  const nosHeight = placeBand(nos, 0, 0.5, positions);
  const nosWidth =
    Math.max(...nos.map((g) => g.units.map((u) => Math.abs(positions[u.id]!.x))).flat(), 0) * 2;
  const bandWidth = Math.max(1600, nosWidth * 1.8);

  // Everything else ordered by where its links land in the hub.
  const neighbourX = new Map<string, number[]>();
  for (const link of dataset.links) {
    const [other, hub] =
      positions[link.to] && !positions[link.from] ? [link.from, link.to] : [link.to, link.from];
    const x = positions[hub]?.x;
    if (x === undefined || positions[other]) continue;
    neighbourX.set(other, [...(neighbourX.get(other) ?? []), x]);
  }
  const barycentre = (id: string) => {
    const xs = neighbourX.get(id);
    return xs ? xs.reduce((s, x) => s + x, 0) / xs.length : Number.POSITIVE_INFINITY;
  };
  const orderBand = (bandGroups: { id: string; units: Unit[] }[]) => {
    for (const g of bandGroups)
      g.units.sort((a, b) => barycentre(a.id) - barycentre(b.id) || a.id.localeCompare(b.id));
    const groupCentre = (g: { units: Unit[] }) => {
      const finite = g.units.map((u) => barycentre(u.id)).filter(Number.isFinite);
      return finite.length ? finite.reduce((s, x) => s + x, 0) / finite.length : Number.POSITIVE_INFINITY;
    };
    return bandGroups.sort((a, b) => groupCentre(a) - groupCentre(b) || a.id.localeCompare(b.id));
  };
  // The specialist band grows upwards from the hub: lay it out once to learn its height.
  const specialist = orderBand(band('specialist'));
  const scratch: Record<string, Position> = {};
  const specialistHeight = placeBand(specialist, 0, 1.2, scratch, bandWidth);
  placeBand(specialist, -BAND_GAP - specialistHeight, 1.2, positions, bandWidth);
  const qualificationTop = nosHeight + BAND_GAP;
  const qualificationHeight = placeBand(
    orderBand(band('qualification')),
    qualificationTop,
    1.6,
    positions,
    bandWidth,
  );
  placeBand(
    orderBand(band('user')),
    qualificationTop + qualificationHeight + BAND_GAP,
    2,
    positions,
    bandWidth,
  );
  return positions;
}

/** "A1" < "A2" < "A10" < "B1": letter then number. */
function codeOrder(code: string): number {
  const match = code.match(/^([A-Z])(\d+)/);
  return match ? match[1]!.charCodeAt(0) * 1000 + Number(match[2]) : Number.MAX_SAFE_INTEGER;
}
