/**
 * Band and point positions for the SVG diagrams: the two d3-scale functions the coverage matrix
 * and the hub diagram used, computed as d3 computes them (align 0.5, no rounding), without
 * carrying d3-scale and d3-array in the single file.
 */
export interface BandScale {
  (value: string): number | undefined;
  bandwidth(): number;
}

export function bandScale(
  domain: readonly string[],
  [start, stop]: [number, number],
  { inner = 0, outer = 0 }: { inner?: number; outer?: number } = {},
): BandScale {
  const n = domain.length;
  const step = (stop - start) / Math.max(1, n - inner + outer * 2);
  const first = start + (stop - start - step * (n - inner)) * 0.5;
  const index = new Map(domain.map((d, i) => [d, i]));
  const scale = ((value: string) => {
    const i = index.get(value);
    return i === undefined ? undefined : first + step * i;
  }) as BandScale;
  scale.bandwidth = () => step * (1 - inner);
  return scale;
}

/** d3's scalePoint with `padding`: a band scale with no bandwidth. */
export function pointScale(domain: readonly string[], range: [number, number], padding = 0): BandScale {
  return bandScale(domain, range, { inner: 1, outer: padding });
}
