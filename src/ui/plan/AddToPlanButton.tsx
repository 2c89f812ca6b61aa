import type { Unit } from '../../domain/model';

export function AddToPlanButton(_props: { unit: Unit }) {
  return null;
}
