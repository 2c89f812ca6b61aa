import type { Unit } from '../../domain/model';
import { AddToSpecButton } from '../spec/AddToSpecButton';
import { AddToPlanButton } from '../plan/AddToPlanButton';

/** What a person can do with a unit from anywhere: add it to a specification or a course plan. */
export function UnitActions({ unit }: { unit: Unit }) {
  return (
    <div className="unit-actions">
      <AddToSpecButton unit={unit} />
      <AddToPlanButton unit={unit} />
    </div>
  );
}
