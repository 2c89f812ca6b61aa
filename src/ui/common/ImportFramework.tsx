import { useState } from 'react';
import {
  MAX_CASE_BYTES,
  importCasePackage,
  importedFrameworkData,
  refusedImport,
  type FrameworkImport,
} from '../../domain/interchange';
import { useSavedKind } from './saved-work';
import { useAtlas } from '../context';

interface Preview {
  fileName: string;
  result: FrameworkImport;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "Import a framework (CASE JSON)": read a CASE 1.0 package (OpenSALT, the CASE Network, our own
 * export), preview its units, links and problems, and save it in this browser as the person's own
 * framework. Saved frameworks join the explorer, search, coverage and compare as user data.
 */
export function ImportFramework() {
  const { atlas, routes } = useAtlas();
  const frameworks = useSavedKind('framework');
  const courses = useSavedKind('course');
  const reviews = useSavedKind('review');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);
  // Course mapping shows the framework's units, the review queue of suggestions and its coverage.
  const mapToNos = (id: string) => routes.goToFramework(id);

  const readFile = async (file: File) => {
    setSaved(null);
    const taken = [
      ...frameworks.items.map((i) => i.data.frameworkId),
      ...courses.items.map((i) => i.data.frameworkId),
    ];
    // A huge file is refused before it is read, so the page never freezes on it.
    if (file.size > MAX_CASE_BYTES)
      return setPreview({
        fileName: file.name,
        result: refusedImport('case', file.name, {
          severity: 'error',
          message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the largest CASE package Standards Atlas reads is ${MAX_CASE_BYTES / 1024 / 1024} MB.`,
        }),
      });
    const text = await file.text().catch(() => '');
    setPreview({ fileName: file.name, result: importCasePackage(text, atlas.dataset, file.name, taken) });
  };

  const save = () => {
    if (!preview || preview.result.units.length === 0 || preview.result.alreadyInAtlas) return;
    const { result } = preview;
    const item = frameworks.create(
      result.framework.name.slice(0, 120),
      importedFrameworkData(result, new Date().toISOString()),
    );
    setSaved({ id: item.id, name: result.framework.name });
    setPreview(null);
  };

  const result = preview?.result;
  const canSave = !!result && result.units.length > 0 && !result.alreadyInAtlas;
  return (
    <fieldset className="import-framework">
      <legend>Import a framework (CASE JSON)</legend>
      <p className="hint">
        A CASE 1.0 package from OpenSALT, the CASE Network or this app. It is saved in this browser as your
        own framework (user data, never mixed with the published standards) and shown in the explorer, search,
        coverage and compare. At most {MAX_CASE_BYTES / 1024 / 1024} MB.
      </p>
      <label className="field">
        <span>Choose a CASE JSON file</span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readFile(file);
          }}
        />
      </label>
      {saved && (
        <p role="status" className="import-summary ok">
          Saved “{saved.name}” as your own framework: find its units in search and the explorer, or pick it
          here to compare.{' '}
          <button type="button" className="link-button" onClick={() => mapToNos(saved.id)}>
            Map it to NOS units
          </button>
        </p>
      )}
      {result && (
        <section aria-label="Framework to import" className="import-preview">
          <p aria-live="polite" className={`import-summary ${canSave ? 'ok' : 'bad'}`}>
            “{preview!.fileName}”:{' '}
            {result.units.length === 0
              ? 'nothing can be imported; see the problems below.'
              : // isChildOf associations become the units' hierarchy, not links.
                `${result.framework.name}, ${plural(result.units.length, 'unit')} (with their hierarchy), ${plural(result.links.length, 'link')} to other units` +
                `${result.externalReferences.length ? `, ${plural(result.externalReferences.length, 'external reference')}` : ''}.`}
          </p>
          {result.problems.length > 0 && (
            <ul className="import-problems" aria-label="Problems found">
              {result.problems.map((p, i) => (
                <li key={i} className={`problem ${p.severity}`}>
                  <b>{p.severity}</b>
                  {p.path ? ` (${p.path})` : ''}: {p.message}
                </li>
              ))}
            </ul>
          )}
          <div className="stacked-buttons">
            <button type="button" className="button" disabled={!canSave} onClick={save}>
              Save as my framework
            </button>
            <button type="button" className="button secondary" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
      {frameworks.items.length > 0 && (
        <ul className="imported-frameworks" aria-label="Your imported frameworks">
          {frameworks.items.map((item) => (
            <li key={item.id}>
              {item.name} ({plural(item.data.units.length, 'unit')}){' '}
              <button
                type="button"
                className="link-button small"
                aria-label={`Map ${item.name} to NOS units`}
                onClick={() => mapToNos(item.id)}
              >
                Map to NOS units
              </button>{' '}
              <button
                type="button"
                className="link-button small"
                aria-label={`Remove ${item.name}`}
                onClick={() => {
                  if (window.confirm(`Remove your imported framework “${item.name}” from this browser?`)) {
                    frameworks.remove(item.id);
                    // Its rejected suggestions go with it.
                    const review = reviews.items.find((r) => r.data.courseId === item.id);
                    if (review) reviews.remove(review.id);
                  }
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
