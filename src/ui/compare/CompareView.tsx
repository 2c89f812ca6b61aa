import { useEffect, useMemo } from 'react';
import { compareThroughHub, comparisonToCsv, comparisonToMarkdown } from '../../domain/compare';
import type { Basis, Relation } from '../../domain/model';
import { compareSettings, DEFAULT_COMPARE, routeTo, type SideKey } from '../../domain/url-state';
import { linkTo } from '../routes';
import { copyText, downloadText } from '../common/download';
import { useAtlas } from '../context';
import { ComparisonResults } from './ComparisonResults';
import { ExportsForOtherTools } from './ExportsForOtherTools';
import { ImportFramework } from '../common/ImportFramework';
import { useSavedKind } from '../common/saved-work';
import { frameworkOptions, parseSideKey, savedOptions, type SideOption } from './sides';
import './compare.css';
import { TermHelp } from '../common/TermHelp';
import { ConfidenceSelect } from '../common/ConfidenceSelect';

const BASIS_CHOICES: { value: Basis; label: string }[] = [
  { value: 'published', label: 'Published in a source only' },
  { value: 'curated', label: 'Published or curated' },
  { value: 'computed', label: 'Any, with computed suggestions' },
];
const RELATION_CHOICES: { value: Relation; label: string }[] = [
  { value: 'exact', label: 'Exact only' },
  { value: 'close', label: 'Close or exact' },
  { value: 'broad', label: 'Broad / narrow or stronger' },
  { value: 'related', label: 'Any relation' },
];

/** Frameworks plus the specifications, plans and courses saved in this browser. */
function useSideOptions() {
  const { atlas } = useAtlas();
  const specs = useSavedKind('spec');
  const plans = useSavedKind('plan');
  return useMemo(() => {
    const options = [
      ...frameworkOptions(atlas.dataset),
      ...savedOptions('spec', specs.items, atlas.dataset),
      ...savedOptions('plan', plans.items, atlas.dataset),
    ];
    return { options, problems: [...specs.problems, ...plans.problems] };
  }, [atlas, specs.items, plans.items, specs.problems, plans.problems]);
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'side';

export function CompareView() {
  const { atlas, state, routes, addNotice } = useAtlas();
  const { options, problems } = useSideOptions();
  const byKey = useMemo(() => new Map(options.map((o) => [o.key, o])), [options]);

  const wanted = compareSettings(state.compare);
  const { minBasis, minRelation, minConfidence } = wanted;
  const x = byKey.get(wanted.x) ?? byKey.get(DEFAULT_COMPARE.x) ?? options[0];
  const y = byKey.get(wanted.y) ?? byKey.get(DEFAULT_COMPARE.y) ?? options[1];

  // A link naming a side this browser does not have (a saved item from someone else's browser,
  // a framework no longer in the data) falls back to the default, and says so once.
  // (A side that is not a framework or saved item at all was dropped, and said, when the link was read.)
  const unknownSides = [wanted.x, wanted.y].filter((key) => !byKey.has(key));
  // Keys hold no control characters (the link parser refuses them), so a newline separates them.
  const unknownText = unknownSides.join('\n');
  useEffect(() => {
    for (const key of unknownText ? unknownText.split('\n') : []) {
      const side = parseSideKey(key);
      const id = (side?.id ?? key).slice(0, 60);
      addNotice(
        side?.kind === 'framework'
          ? `The framework "${id}" named in this link is not in this dataset nor a course imported in this browser; comparing a framework instead.`
          : `The saved item "${id}" named in this link is not in this browser; comparing a framework instead.`,
      );
    }
    // addNotice is a fresh function each render; the notice depends only on the unknown keys.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [unknownText]);

  const comparison = useMemo(
    () =>
      x && y
        ? compareThroughHub(
            atlas.dataset,
            { label: x.label, unitIds: x.unitIds },
            { label: y.label, unitIds: y.unitIds },
            { minBasis, minRelation, minConfidence },
          )
        : undefined,
    [atlas, x, y, minBasis, minRelation, minConfidence],
  );

  if (!x || !y || !comparison) return <p className="view-placeholder">There is nothing to compare.</p>;

  const fileBase = `compare-${slug(x.label)}-${slug(y.label)}`;
  // The sides as shown (a side this browser lacks has fallen back), every setting named.
  const shown = routeTo(state, { to: 'compare', x: x.key, y: y.key });
  const permalink = linkTo(shown);
  const copyPermalink = async () => {
    const ok = await copyText(permalink);
    addNotice(
      ok ? 'Link to this comparison copied to the clipboard.' : `Could not copy; here it is: ${permalink}`,
    );
  };

  return (
    <div className="compare">
      <aside className="filters compare-controls" aria-label="Comparison settings">
        <h2>Compare</h2>
        <fieldset>
          <legend>Sides</legend>
          <SideSelect
            id="compare-x"
            label="Compare (X)"
            value={x.key}
            options={options}
            onChange={(k) => routes.goToCompare(k, y.key)}
          />
          <SideSelect
            id="compare-y"
            label="with (Y)"
            value={y.key}
            options={options}
            onChange={(k) => routes.goToCompare(x.key, k)}
          />
          <button
            type="button"
            className="button secondary swap"
            onClick={() => routes.goToCompare(y.key, x.key)}
          >
            <span aria-hidden="true">⇅</span> Swap X and Y
          </button>
          {problems.length > 0 && (
            <ul className="hint compare-problems">
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
          {x.missing + y.missing > 0 && (
            <p className="hint">
              {x.missing + y.missing} saved unit(s) are not in this dataset and are left out.
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>Links that count</legend>
          <TermHelp term="basis" className="beside-legend" />
          <label className="field">
            <span>Basis at least</span>
            <select
              value={minBasis}
              onChange={(e) => routes.setCompareFilters({ minBasis: e.target.value as Basis })}
            >
              {BASIS_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          {minBasis === 'computed' && (
            <ConfidenceSelect
              label="Computed links"
              value={minConfidence}
              onChange={(minConfidence) => routes.setCompareFilters({ minConfidence })}
            />
          )}
          <label className="field">
            <span>Relation at least</span>
            <select
              value={minRelation}
              onChange={(e) => routes.setCompareFilters({ minRelation: e.target.value as Relation })}
            >
              {RELATION_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <p className="hint">
            A pair is only as strong as the weaker of its two links: published &gt; curated &gt; computed,
            then exact &gt; close &gt; broad/narrow &gt; related.
          </p>
        </fieldset>
        <fieldset>
          <legend>This comparison</legend>
          <div className="stacked-buttons">
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                downloadText(comparisonToCsv(comparison, atlas.dataset), `${fileBase}.csv`, 'text/csv')
              }
            >
              Download CSV
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                downloadText(
                  comparisonToMarkdown(comparison, atlas.dataset),
                  `${fileBase}.md`,
                  'text/markdown',
                )
              }
            >
              Download Markdown
            </button>
            <button type="button" className="button secondary" onClick={copyPermalink}>
              Copy permalink
            </button>
          </div>
          {[x, y].some((s) => !s.key.startsWith('framework:')) && (
            <p className="hint">A link to a saved item opens it only in the browser it is saved in.</p>
          )}
        </fieldset>
        <ExportsForOtherTools />
        <ImportFramework />
      </aside>
      <ComparisonResults comparison={comparison} />
    </div>
  );
}

function SideSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: SideKey;
  options: SideOption[];
  onChange: (key: SideKey) => void;
}) {
  const groups = [...new Set(options.map((o) => o.group))];
  return (
    <label className="field" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as SideKey)}>
        {groups.map((group) => (
          <optgroup key={group} label={group}>
            {options
              .filter((o) => o.group === group)
              .map((o) => (
                <option key={o.key} value={o.key}>
                  {o.description}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
