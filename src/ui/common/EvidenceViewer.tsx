import type { Source } from '../../domain/model';

/** The evidence viewer: shows the cited source passage, highlighted. */
export function EvidenceViewer(_props: { source: Source | null; onClose: () => void }) {
  return null;
}
