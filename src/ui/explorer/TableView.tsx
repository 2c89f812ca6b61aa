import { useMemo, useState } from 'react';
import type { FilteredView } from '../../domain/filters';
import type { Unit } from '../../domain/model';
import { NOS_LEVELS } from '../../domain/vocabulary';
import { useAtlas } from '../context';

type SortKey = 'code' | 'title' | 'framework' | 'area' | 'links';
const PAGE = 300;
const KIND_ORDER: Record<string, number> = { generic: 0, specialist: 1, partnership: 2, qualification: 3 };

export function TableView({ view }: { view: FilteredView }) {
  const { atlas, state, routes } = useAtlas();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: 'framework',
    ascending: true,
  });
  const [shown, setShown] = useState(PAGE);
  const linkCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const l of view.links) {
      counts.set(l.from, (counts.get(l.from) ?? 0) + 1);
      counts.set(l.to, (counts.get(l.to) ?? 0) + 1);
    }
    return counts;
  }, [view]);
  const rows = useMemo(() => {
    const value = (u: Unit): string | number => {
      if (sort.key === 'links') return linkCount.get(u.id) ?? 0;
      if (sort.key === 'framework') {
        // The NOS hub first, then specialist, partnership and qualification units (issue 15).
        const framework = atlas.frameworksById.get(u.framework);
        return `${KIND_ORDER[framework?.kind ?? ''] ?? 4} ${framework?.shortName ?? ''} ${u.code.padStart(12, ' ')}`;
      }
      return u[sort.key] ?? '';
    };
    const collator = new Intl.Collator('en', { numeric: true });
    return [...view.units].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sort.ascending ? order : -order;
    });
  }, [view, sort, linkCount, atlas]);

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }))}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <div className="table-wrap">
      <table className="unit-table">
        <caption className="visually-hidden">Units shown with the current filters</caption>
        <thead>
          <tr>
            {header('code', 'Code')}
            {header('title', 'Title')}
            {header('framework', 'Framework')}
            {header('area', 'Area')}
            <th scope="col">Levels</th>
            {header('links', 'Links')}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((u) => (
            <tr
              key={u.id}
              aria-selected={state.selected === u.id}
              className={state.selected === u.id ? 'selected' : ''}
            >
              <td>
                <button type="button" className="link-button code" onClick={() => routes.goToUnit(u.id)}>
                  {u.code}
                </button>
              </td>
              <td>{u.title || <em>untitled in source</em>}</td>
              <td>{atlas.frameworksById.get(u.framework)?.shortName ?? u.framework}</td>
              <td>{u.area ?? ''}</td>
              <td className="levels">
                {u.levels
                  ? NOS_LEVELS.filter((l) => u.levels?.[l])
                      .map((l) => `${l}:${u.levels?.[l]}`)
                      .join(' ')
                  : u.level
                    ? `level ${u.level}${u.credits ? ` · ${u.credits} cr` : ''}`
                    : ''}
              </td>
              <td>{linkCount.get(u.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <button type="button" className="more" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more of {rows.length - shown}
        </button>
      )}
    </div>
  );
}
