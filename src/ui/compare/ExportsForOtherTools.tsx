import { useMemo, useState } from 'react';
import { toCaseExport, toCaseExports, toSkosExport } from '../../domain/interchange';
import type { Dataset } from '../../domain/model';
import { downloadText } from '../common/download';
import { useAtlas } from '../context';
import { isUserFramework } from '../../domain/course-import';

const ALL = '';

/** The published dataset, without the person's imported courses (as the CLI exports it). */
function publishedOnly(dataset: Dataset): Dataset {
  const user = new Set(dataset.frameworks.filter(isUserFramework).map((f) => f.id));
  if (user.size === 0) return dataset;
  const mine = (id: string) => user.has(id.split(':')[0]!);
  return {
    ...dataset,
    frameworks: dataset.frameworks.filter((f) => !user.has(f.id)),
    units: dataset.units.filter((u) => !user.has(u.framework)),
    links: dataset.links.filter((l) => !mine(l.from) && !mine(l.to)),
  };
}

/**
 * CASE 1.0 JSON (one framework, or every framework as one object keyed by file name, as the CLI
 * writes them) and the whole dataset as SKOS JSON-LD, for standards tools that read those formats.
 * "All frameworks" and SKOS leave out imported courses; a course can be exported on its own.
 */
export function ExportsForOtherTools() {
  const { atlas } = useAtlas();
  const [framework, setFramework] = useState(ALL);
  const { dataset } = atlas;
  const published = useMemo(() => publishedOnly(dataset), [dataset]);

  const downloadCase = () => {
    if (framework === ALL) {
      const files = Object.entries(toCaseExports(published)).map(([name, text]) => [name, JSON.parse(text)]);
      const all = JSON.stringify(Object.fromEntries(files), null, 2) + '\n';
      downloadText(all, 'standards-atlas.case.json', 'application/json');
    } else {
      const text = JSON.stringify(toCaseExport(dataset, framework), null, 2) + '\n';
      downloadText(text, `${framework}.case.json`, 'application/json');
    }
  };
  const downloadSkos = () =>
    downloadText(
      JSON.stringify(toSkosExport(published), null, 2) + '\n',
      'standards-atlas.skos.jsonld',
      'application/ld+json',
    );

  return (
    <fieldset>
      <legend>Exports for other tools</legend>
      <label className="field">
        <span>CASE 1.0 JSON of</span>
        <select value={framework} onChange={(e) => setFramework(e.target.value)}>
          <option value={ALL}>All published frameworks (one object keyed by file name)</option>
          {dataset.frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.shortName} — {f.name}
            </option>
          ))}
        </select>
      </label>
      <div className="stacked-buttons">
        <button type="button" className="button secondary" onClick={downloadCase}>
          Download CASE JSON
        </button>
        <button type="button" className="button secondary" onClick={downloadSkos}>
          Download SKOS JSON-LD
        </button>
      </div>
      <p className="hint">
        Every framework, unit and link with its stable id; the CLI writes the same files.
      </p>
    </fieldset>
  );
}
