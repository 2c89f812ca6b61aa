import { useMemo, useState } from 'react';
import type { Source } from '../domain/model';
import { EvidenceContext } from './common/evidence';
import { EvidenceViewer } from './common/EvidenceViewer';
import { withUserData, type Atlas } from './atlas';
import { AtlasContext } from './context';
import { Explorer } from './explorer/Explorer';
import { SearchBox } from './search/SearchBox';
import { useViewState } from './useViewState';
import { Notices } from './common/Notices';
import { VIEWS, type View } from '../domain/url-state';
import { SpecView } from './spec/SpecView';
import { PlanView } from './plan/PlanView';
import { PlanStoreContext, usePlanStoreState } from './plan/store';
import { CompareView } from './compare/CompareView';

const VIEW_LABELS: Record<View, string> = {
  explorer: 'Explorer',
  spec: 'Person specification',
  plan: 'Course mapping',
  compare: 'Compare',
};

export function App({ atlas: builtAtlas }: { atlas: Atlas }) {
  // Saved plans and imported courses; the courses join the atlas as user-data frameworks.
  const planStore = usePlanStoreState(builtAtlas.dataset);
  const atlas = useMemo(
    () => withUserData(builtAtlas, planStore.fragments),
    [builtAtlas, planStore.fragments],
  );
  const viewState = useViewState(atlas.dataset);
  const { state, navigate, notices, dismissNotices, addNotice } = viewState;
  const [evidence, setEvidence] = useState<Source | null>(null);
  const context = useMemo(
    () => ({ atlas, state, navigate, addNotice }),
    // addNotice is stable in behaviour; the context changes with state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [atlas, state, navigate],
  );
  return (
    <AtlasContext.Provider value={context}>
      <EvidenceContext.Provider value={setEvidence}>
        <div className="app">
          <header className="app-header">
            <h1 className="brand">
              <span aria-hidden="true" className="brand-mark">
                ◎
              </span>{' '}
              Standards Atlas
            </h1>
            <nav aria-label="Views" className="view-tabs">
              {VIEWS.map((view) => (
                <button
                  key={view}
                  type="button"
                  className="tab"
                  aria-current={state.view === view ? 'page' : undefined}
                  onClick={() => navigate({ ...state, view })}
                >
                  {VIEW_LABELS[view]}
                </button>
              ))}
            </nav>
            <SearchBox />
          </header>
          <Notices notices={notices} onDismiss={dismissNotices} />
          <main className="app-main" id="main">
            <PlanStoreContext.Provider value={planStore}>
              {state.view === 'explorer' && <Explorer />}
              {state.view === 'spec' && <SpecView />}
              {state.view === 'plan' && <PlanView />}
              {state.view === 'compare' && <CompareView />}
            </PlanStoreContext.Provider>
          </main>
        </div>
        <EvidenceViewer source={evidence} onClose={() => setEvidence(null)} />
      </EvidenceContext.Provider>
    </AtlasContext.Provider>
  );
}
