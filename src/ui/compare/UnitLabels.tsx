/** How the comparison names a unit, a link and a path step, shared by its tables and lists. */
import { Caveat } from '../common/Caveat';
import type { HubStep } from '../../domain/compare';
import type { Basis, Relation, Unit } from '../../domain/model';
import { useRoutes } from '../routes';

export function UnitName({ id, units }: { id: string; units: Map<string, Unit> }) {
  const routes = useRoutes();
  const unit = units.get(id);
  return (
    <button
      type="button"
      className="link-button unit-name"
      title="Open in the explorer"
      onClick={() => routes.goToUnit(id)}
    >
      <span className="code">{unit?.code ?? id}</span> {unit?.title || (unit ? <em>untitled</em> : '')}
    </button>
  );
}

export function Badges({ basis, relation, mine }: { basis: Basis; relation: Relation; mine?: boolean }) {
  return (
    <span className="badges">
      <span className={`relation-badge relation-${relation}`}>{relation}</span>{' '}
      <span className={`basis-badge basis-${basis}`}>{mine ? 'your claim' : basis}</span>
    </span>
  );
}

export function StepBadges({ step }: { step: HubStep }) {
  return (
    <>
      <Badges basis={step.basis} relation={step.relation} mine={step.origin === 'user'} />
      {step.score !== undefined && <span className="score"> {step.score.toFixed(2)}</span>}
      {step.caveat && <Caveat caveat={step.caveat} compact />}
    </>
  );
}

export function codes(ids: string[], units: Map<string, Unit>): string {
  return ids.map((id) => units.get(id)?.code ?? id).join(', ');
}
