import type { RuleSet } from '../../domain/rules';
import { allowedIn, ruleSetLabel } from '../../domain/plan';
import type { NosLevel, Unit } from '../../domain/model';
import { useRoutes } from '../routes';

export function PlanUnitTable({
  units,
  set,
  caption,
  action,
  note,
}: {
  units: Unit[];
  set: RuleSet;
  caption: string;
  action: (u: Unit) => React.ReactNode;
  note?: (u: Unit) => React.ReactNode;
}) {
  const routes = useRoutes();
  const nosLevel = set.kind === 'nos-level' ? (`L${set.id.slice(-1)}` as NosLevel) : undefined;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Title</th>
          <th scope="col">{nosLevel ? 'Mark' : 'Group'}</th>
          <th scope="col">Level</th>
          <th scope="col">Credits</th>
          <th scope="col">GLH</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.id} className={allowedIn(set, u) ? '' : 'not-allowed'}>
            <td>
              <button
                type="button"
                className="link-button code"
                onClick={() => routes.goToUnit(u.id)}
                title="Show in the explorer"
              >
                {u.code}
              </button>
            </td>
            <td>
              {u.title}
              {!allowedIn(set, u) && <span className="pill bad">not allowed in the {ruleSetLabel(set)}</span>}
              {note?.(u)}
            </td>
            <td>{nosLevel ? (u.levels?.[nosLevel] ?? '–') : (u.group ?? '–')}</td>
            <td>{u.level ?? '–'}</td>
            <td>{u.credits ?? '–'}</td>
            <td>{u.glh ?? '–'}</td>
            <td className="action-cell">{action(u)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
