import { useEffect, useMemo, useRef, useState } from 'react';
import { useFilteredView } from '../common/useFilteredView';
import type { SearchResult } from '../../domain/search';
import { useAtlas } from '../context';
import { Highlighted } from './Highlighted';
import { AddToSpecButton } from '../common/AddToSpecButton';

const LIMIT = 12;

export function SearchBox() {
  const { atlas, state, routes } = useAtlas();
  const [text, setText] = useState(state.query);
  const [query, setQuery] = useState(state.query);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [everything, setEverything] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // '/' focuses search from anywhere (not while typing in another field).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (
        e.key === '/' &&
        !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) &&
        !target.isContentEditable
      ) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Debounced so typing never waits on the search, even on very large datasets.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), text.length > 0 ? 60 : 0);
    return () => clearTimeout(timer);
  }, [text]);

  const visible = useFilteredView().unitIds;
  const { results, hidden, missing } = useMemo(() => {
    if (!query.trim()) return { results: [] as SearchResult[], hidden: 0, missing: undefined };
    const all = atlas.search.search(query, { limit: 60 });
    const allowed = everything ? all : all.filter((r) => r.type !== 'unit' || visible.has(r.id));
    return {
      results: allowed.slice(0, LIMIT),
      hidden: all.length - allowed.length,
      missing: atlas.search.missingCode(query),
    };
  }, [atlas, query, visible, everything]);

  const choose = (result: SearchResult) => {
    routes.goToSearchResult(result.id, text, everything);
    setOpen(false);
    setEverything(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      const result = results[active];
      if (result) {
        e.preventDefault();
        choose(result);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setText('');
      setQuery('');
      setOpen(false);
      if (state.query) routes.setQuery('');
    }
  };

  const showList = open && query.trim().length > 0;
  const activeUnit = showList ? atlas.unitsById.get(results[active]?.id ?? '') : undefined;
  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        aria-label="Search standards"
        placeholder="Search codes, titles, outcomes…  ( / )"
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-controls={showList ? 'search-results' : undefined}
        aria-activedescendant={showList && results[active] ? `search-option-${active}` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="search-popup">
          {missing && (
            <p className="search-missing" role="status">
              {missing.message}
            </p>
          )}
          <ul id="search-results" role="listbox" aria-label="Search results">
            {results.map((r, i) => (
              <li
                key={r.id}
                id={`search-option-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(r)}
                onMouseEnter={() => setActive(i)}
              >
                <span className="result-code">
                  <span className="result-framework">
                    {atlas.frameworksById.get(r.framework)?.shortName ?? r.framework}
                  </span>{' '}
                  {r.code}
                </span>
                <span className="result-title">
                  {r.highlight && r.matched === 'title' ? (
                    <Highlighted {...r.highlight} />
                  ) : (
                    r.title || <em>untitled</em>
                  )}
                </span>
                <span className="result-why">
                  <span className="result-kind">{r.kind}</span> · matched {r.matched}
                  {r.highlight &&
                    r.matched !== 'title' &&
                    r.matched !== 'code' &&
                    r.matched !== 'code prefix' && (
                      <>
                        : <Highlighted {...r.highlight} context={40} />
                      </>
                    )}
                </span>
              </li>
            ))}
            {results.length === 0 && (
              <li role="option" aria-selected="false" aria-disabled="true" className="empty">
                No match{hidden ? ' with the current filters' : ''}
              </li>
            )}
          </ul>
          {activeUnit?.framework === 'nos' && (
            <div className="search-actions">
              <AddToSpecButton unit={activeUnit} inline />
            </div>
          )}
          {hidden > 0 && !everything && (
            <button
              type="button"
              className="search-everything"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => setEverything(true)}
            >
              {hidden} more hidden by filters — search everything
            </button>
          )}
        </div>
      )}
    </div>
  );
}
