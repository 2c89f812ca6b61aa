import type { Comparison } from '../../domain/compare';
import type { Unit } from '../../domain/model';
import { codes } from './UnitLabels';

export function AreaSummary({ comparison: c, units }: { comparison: Comparison; units: Map<string, Unit> }) {
  const widest = Math.max(1, ...c.areas.map((a) => a.shared.length + a.onlyX.length + a.onlyY.length));
  return (
    <table className="compare-table area-table">
      <caption>By functional area (NOS units)</caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Shared</th>
          <th scope="col">Only {c.x.label}</th>
          <th scope="col">Only {c.y.label}</th>
          <th scope="col">
            <span className="visually-hidden">Balance</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {c.areas.map((a) => (
          <tr key={a.area}>
            <th scope="row">
              <b>{a.area}</b> {a.title}
            </th>
            <AreaCell ids={a.shared} units={units} />
            <AreaCell ids={a.onlyX} units={units} />
            <AreaCell ids={a.onlyY} units={units} />
            <td className="area-bar-cell" aria-hidden="true">
              <span className="area-bar">
                <span className="bar only-x" style={{ width: `${(a.onlyX.length / widest) * 100}%` }} />
                <span className="bar shared" style={{ width: `${(a.shared.length / widest) * 100}%` }} />
                <span className="bar only-y" style={{ width: `${(a.onlyY.length / widest) * 100}%` }} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AreaCell({ ids, units }: { ids: string[]; units: Map<string, Unit> }) {
  return (
    <td>
      <b>{ids.length}</b>
      {ids.length > 0 && <span className="area-codes"> {codes(ids, units)}</span>}
    </td>
  );
}
