import { useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../domain/model';
import { parseHash, serialiseState, type ViewState } from '../domain/url-state';

/** The view state, mirrored in location.hash so back/forward and bookmarks work (also from file://). */
export function useViewState(dataset: Dataset) {
  const [parsed, setParsed] = useState(() => parseHash(window.location.hash, dataset));
  const [notices, setNotices] = useState<string[]>(parsed.notices);

  useEffect(() => {
    const onHashChange = () => {
      const next = parseHash(window.location.hash, dataset);
      setParsed(next);
      if (next.notices.length) setNotices(next.notices);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [dataset]);

  // A hash that needed repair is rewritten, so a shared link never keeps its broken parts.
  useEffect(() => {
    if (parsed.notices.length) {
      history.replaceState(null, '', serialiseState(parsed.state) || window.location.pathname);
    }
  }, [parsed]);

  const navigate = useCallback((next: ViewState, options: { replace?: boolean } = {}) => {
    const hash = serialiseState(next);
    const url = hash || window.location.pathname + window.location.search;
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setParsed({ state: next, notices: [] });
  }, []);

  const dismissNotices = useCallback(() => setNotices([]), []);
  return {
    state: parsed.state,
    navigate,
    notices,
    dismissNotices,
    addNotice: (n: string) => setNotices((all) => [...all, n]),
  };
}
