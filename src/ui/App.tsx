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
import { SavedWorkProvider, useSavedKind } from './common/saved-work';
import { courseFragment } from '../domain/course-import';
import { importedFrameworkFragment } from '../domain/interchange/imported-framework';
import { CompareView } from './compare/CompareView';
import { TermHelp } from './common/TermHelp';

const VIEW_LABELS: Record<View, string> = {
  explorer: 'Explorer',
  spec: 'Person specification',
  plan: 'Course mapping',
  compare: 'Compare',
};

export function App({ atlas }: { atlas: Atlas }) {
  return (
    <SavedWorkProvider dataset={atlas.dataset}>
      <AppShell builtAtlas={atlas} />
    </SavedWorkProvider>
  );
}

/** The saved courses as dataset fragments, merged into the atlas so they show everywhere. */
function useCourseFragments(dataset: Atlas['dataset']) {
  const courseItems = useSavedKind('course').items;
  return useMemo(() => {
    const nosIds = new Set(dataset.units.filter((u) => u.framework === 'nos').map((u) => u.id));
    // Two saved courses claiming one framework id (only possible if storage was edited) would
    // give the graph duplicate nodes: the first keeps it.
    const seen = new Set(dataset.frameworks.map((f) => f.id));
    return courseItems
      .filter((item) => !seen.has(item.data.frameworkId) && !!seen.add(item.data.frameworkId))
      .map((item) => courseFragment(item.name, item.data, nosIds));
  }, [courseItems, dataset]);
}

/** The saved imported frameworks (CASE) as dataset fragments, like courses: the person's own data. */
function useImportedFrameworkFragments(dataset: Atlas['dataset']) {
  const items = useSavedKind('framework').items;
  return useMemo(() => {
    const known = new Set([...dataset.units.map((u) => u.id), ...dataset.areas.map((a) => a.id)]);
    const seen = new Set(dataset.frameworks.map((f) => f.id));
    return items
      .filter((item) => !seen.has(item.data.frameworkId) && !!seen.add(item.data.frameworkId))
      .map((item) => importedFrameworkFragment(item.name, item.data, known));
  }, [items, dataset]);
}

function AppShell({ builtAtlas }: { builtAtlas: Atlas }) {
  // Imported courses and frameworks join the atlas as frameworks of the person's own.
  const courseFragments = useCourseFragments(builtAtlas.dataset);
  const frameworkFragments = useImportedFrameworkFragments(builtAtlas.dataset);
  const fragments = useMemo(
    () => [...courseFragments, ...frameworkFragments],
    [courseFragments, frameworkFragments],
  );
  const atlas = useMemo(() => withUserData(builtAtlas, fragments), [builtAtlas, fragments]);
  const viewState = useViewState(atlas.dataset);
  const { state, routes, notices, dismissNotices, addNotice } = viewState;
  const [evidence, setEvidence] = useState<Source | null>(null);
  const context = useMemo(
    () => ({ atlas, state, routes, addNotice }),
    // addNotice is stable in behaviour; the context changes with state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [atlas, state, routes],
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
            <TermHelp term="nos" />
            <nav aria-label="Views" className="view-tabs">
              {VIEWS.map((view) => (
                <button
                  key={view}
                  type="button"
                  className="tab"
                  aria-current={state.view === view ? 'page' : undefined}
                  onClick={() => routes.showView(view)}
                >
                  {VIEW_LABELS[view]}
                </button>
              ))}
            </nav>
            <SearchBox />
          </header>
          <Notices notices={notices} onDismiss={dismissNotices} />
          <main className="app-main" id="main">
            {state.view === 'explorer' && <Explorer />}
            {state.view === 'spec' && <SpecView />}
            {state.view === 'plan' && <PlanView />}
            {state.view === 'compare' && <CompareView />}
          </main>
        </div>
        <EvidenceViewer source={evidence} onClose={() => setEvidence(null)} />
      </EvidenceContext.Provider>
    </AtlasContext.Provider>
  );
}
