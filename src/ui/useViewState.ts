import { useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../domain/model';
import { parseHash, serialiseState } from '../domain/url-state';
import { createRouter } from './routes';

/** The view state, mirrored in location.hash so back/forward and bookmarks work (also from file://). */
export function useViewState(dataset: Dataset) {
  const [parsed, setParsed] = useState(() => parseHash(window.location.hash, dataset));
  const [notices, setNotices] = useState<string[]>(parsed.notices);
  const [router] = useState(() => createRouter(parsed.state, (state) => setParsed({ state, notices: [] })));

  useEffect(() => {
    const onHashChange = () => {
      const next = parseHash(window.location.hash, dataset);
      router.reset(next.state);
      setParsed(next);
      if (next.notices.length) setNotices(next.notices);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [dataset, router]);

  // A hash that needed repair is rewritten, so a shared link never keeps its broken parts.
  useEffect(() => {
    if (parsed.notices.length) {
      history.replaceState(null, '', serialiseState(parsed.state) || window.location.pathname);
    }
  }, [parsed]);

  const dismissNotices = useCallback(() => setNotices([]), []);
  return {
    state: parsed.state,
    routes: router.routes,
    notices,
    dismissNotices,
    addNotice: (n: string) => setNotices((all) => [...all, n]),
  };
}
