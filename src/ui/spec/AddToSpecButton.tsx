import type { Unit } from '../../domain/model';

export function AddToSpecButton(_props: { unit: Unit }) {
  return null;
}
