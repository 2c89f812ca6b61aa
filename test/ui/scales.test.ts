/** The diagrams' band and point scales give the positions d3-scale gives (the values they replace). */
import { scaleBand, scalePoint } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { bandScale, pointScale } from '../../src/ui/common/scales';

describe('band and point scales', () => {
  const domain = ['A1', 'A2', 'A3', 'B1', 'B2'];
  it('places bands as d3 scaleBand().paddingInner(0.12) does', () => {
    const ours = bandScale(domain, [0, 80], { inner: 0.12 });
    const d3 = scaleBand<string>().domain(domain).range([0, 80]).paddingInner(0.12);
    for (const d of domain) expect(ours(d)).toBeCloseTo(d3(d)!, 9);
    expect(ours.bandwidth()).toBeCloseTo(d3.bandwidth(), 9);
    expect(ours('Z9')).toBeUndefined();
  });
  it('places points as d3 scalePoint().padding(0.5) does, including a single point', () => {
    for (const list of [domain, ['B6'], []]) {
      const ours = pointScale(list, [30, 410], 0.5);
      const d3 = scalePoint<string>().domain(list).range([30, 410]).padding(0.5);
      for (const d of list) expect(ours(d)).toBeCloseTo(d3(d)!, 9);
    }
  });
});
