import { createContext, useContext } from 'react';
import type { ViewState } from '../domain/url-state';
import type { Atlas } from './atlas';

export interface AtlasContextValue {
  atlas: Atlas;
  state: ViewState;
  navigate: (next: ViewState, options?: { replace?: boolean }) => void;
  addNotice: (notice: string) => void;
}

export const AtlasContext = createContext<AtlasContextValue | null>(null);

export function useAtlas(): AtlasContextValue {
  const value = useContext(AtlasContext);
  if (!value) throw new Error('useAtlas must be used inside AtlasContext');
  return value;
}
