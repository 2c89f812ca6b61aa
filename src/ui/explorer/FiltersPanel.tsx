import { DEFAULT_FILTERS, type Filters } from '../../domain/filters';
import type { Framework } from '../../domain/model';
import { BASES, FRAMEWORK_KINDS, NOS_LEVELS, RELATIONS } from '../../domain/vocabulary';
import { useAtlas } from '../context';
import { TermHelp } from '../common/TermHelp';
import { ConfidenceSelect } from '../common/ConfidenceSelect';

const KIND_ORDER = { generic: 0, specialist: 1, partnership: 2, qualification: 3 };

function frameworksInOrder(frameworks: Framework[]): Framework[] {
  return [...frameworks].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.shortName.localeCompare(b.shortName),
  );
}

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function FiltersPanel() {
  const { atlas, state, routes } = useAtlas();
  const f = state.filters;
  const set = (patch: Partial<Filters>) => routes.setFilters(patch);
  const { dataset } = atlas;
  const qualification = dataset.qualifications.find((q) => q.id === f.qualification);
  const groups = qualification
    ? [...new Set(dataset.units.filter((u) => u.framework === qualification.framework).map((u) => u.group))]
        .filter((g): g is string => !!g)
        .sort()
    : [];
  const nosCount = (area: string) =>
    dataset.units.filter((u) => u.framework === 'nos' && u.area === area).length;
  const active = JSON.stringify(f) !== JSON.stringify(DEFAULT_FILTERS);

  return (
    <aside className="filters" id="filters-panel" aria-label="Filters" tabIndex={-1}>
      <div className="filters-head">
        <h2>Filters</h2>
        <button type="button" className="link-button" disabled={!active} onClick={() => set(DEFAULT_FILTERS)}>
          Clear all
        </button>
      </div>
      <fieldset>
        <legend>Functional area</legend>
        {dataset.areas.map((a) => (
          <label key={a.id} className="check">
            <input
              type="checkbox"
              checked={f.areas.includes(a.letter)}
              onChange={() => set({ areas: toggle(f.areas, a.letter) })}
            />
            <span>
              <b>{a.letter}</b> {a.title} <span className="count">({nosCount(a.letter)})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>NOS level</legend>
        <TermHelp term="mandatory-optional" className="beside-legend" />
        <label className="field">
          <span>Level</span>
          <select
            aria-label="NOS level"
            value={f.level ?? ''}
            onChange={(e) =>
              set({
                level: (e.target.value || undefined) as Filters['level'],
                ...(e.target.value ? {} : { mark: undefined }),
              })
            }
          >
            <option value="">Any level</option>
            {NOS_LEVELS.map((l) => (
              <option key={l} value={l}>
                Level {l.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <div className="radios" role="radiogroup" aria-label="Mandatory or optional">
          {[
            ['', 'M or O'],
            ['M', 'Mandatory'],
            ['O', 'Optional'],
          ].map(([value, label]) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="mark"
                disabled={!f.level}
                checked={(f.mark ?? '') === value}
                onChange={() => set({ mark: (value || undefined) as Filters['mark'] })}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Framework kind</legend>
        <TermHelp term="specialist-partnership" className="beside-legend" />
        {FRAMEWORK_KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={f.kinds.includes(k)}
              onChange={() => set({ kinds: toggle(f.kinds, k) })}
            />
            {k}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Framework</legend>
        <TermHelp term="uncoded" className="beside-legend" />
        <div className="scroll-list">
          {frameworksInOrder(dataset.frameworks).map((fw) => (
            <label key={fw.id} className="check" title={fw.name}>
              <input
                type="checkbox"
                checked={f.frameworks.includes(fw.id)}
                onChange={() => set({ frameworks: toggle(f.frameworks, fw.id) })}
              />
              {fw.shortName} <span className="count">{fw.name !== fw.shortName ? fw.name : ''}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Qualification</legend>
        <label className="field">
          <span>Qualification</span>
          <select
            aria-label="Qualification"
            value={f.qualification ?? ''}
            onChange={(e) => set({ qualification: e.target.value || undefined, group: undefined })}
          >
            <option value="">Any</option>
            {dataset.qualifications.map((q) => (
              <option key={q.id} value={q.id}>
                {q.title} ({q.number})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Group</span>
          <select
            aria-label="Qualification group"
            value={f.group ?? ''}
            disabled={!qualification}
            onChange={(e) => set({ group: e.target.value || undefined })}
          >
            <option value="">Any group</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                Group {g}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Link basis</legend>
        <TermHelp term="basis" className="beside-legend" />
        {BASES.map((b) => (
          <label key={b} className="check">
            <input
              type="checkbox"
              checked={f.bases.includes(b)}
              onChange={() => set({ bases: toggle(f.bases, b) })}
            />
            {b}
          </label>
        ))}
        <ConfidenceSelect
          label="Computed links shown"
          value={f.minConfidence}
          onChange={(minConfidence) => set({ minConfidence })}
        />
      </fieldset>
      <fieldset>
        <legend>Relation</legend>
        <TermHelp term="relation" className="beside-legend" />
        {RELATIONS.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={f.relations.includes(r)}
              onChange={() => set({ relations: toggle(f.relations, r) })}
            />
            {r}
          </label>
        ))}
      </fieldset>
      <p className="hint">
        Area and level pick generic NOS units; other units show when linked to them. No box ticked means all.
      </p>
    </aside>
  );
}
