import type { Unit } from '../../domain/model';
import { AddToSpecButton } from './AddToSpecButton';
import { AddToPlanButton } from './AddToPlanButton';

/** What a person can do with a unit from anywhere: add it to a specification or a course plan. */
export function UnitActions({ unit }: { unit: Unit }) {
  return (
    <div className="unit-actions">
      <AddToSpecButton unit={unit} />
      <AddToPlanButton unit={unit} />
    </div>
  );
}
