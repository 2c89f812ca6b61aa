import { createContext, useContext } from 'react';
import type { Source } from '../../domain/model';

/** Opens the evidence viewer at a source passage; provided by the App shell. */
export const EvidenceContext = createContext<(source: Source) => void>(() => {});

export function useEvidence() {
  return useContext(EvidenceContext);
}
