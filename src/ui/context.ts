import { createContext, useContext } from 'react';
import type { ViewState } from '../domain/url-state';
import type { Atlas } from './atlas';
import type { Routes } from './routes';

export interface AtlasContextValue {
  atlas: Atlas;
  state: ViewState;
  /** Where to go next: one helper per destination (see useRoutes). */
  routes: Routes;
  addNotice: (notice: string) => void;
}

export const AtlasContext = createContext<AtlasContextValue | null>(null);

export function useAtlas(): AtlasContextValue {
  const value = useContext(AtlasContext);
  if (!value) throw new Error('useAtlas must be used inside AtlasContext');
  return value;
}
