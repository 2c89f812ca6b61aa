import { useMemo, useRef, useState } from 'react';
import {
  decodeCourseBytes,
  EXAMPLE_COURSE_CSV,
  formatBytes,
  MAX_COURSE_BYTES,
  needsNosUnits,
  parseCourseTableAsync,
  sizeProblem,
  userFrameworkId,
  type ImportResult,
} from '../../domain/course';
import { downloadText } from '../common/download';
import { useAtlas } from '../context';
import { useSavedKind } from '../common/saved-work';

interface Preview {
  result: ImportResult;
  /** The file name, or "" for a pasted table. */
  fileName: string;
}

const refused = (message: string): ImportResult => ({
  modules: [],
  problems: [{ severity: 'error', message }],
  rows: 0,
  skipped: 0,
  refused: true,
});

/** The preview lists this many modules at first (drawing 500 rows at once would hold up the page). */
const PREVIEW_ROWS = 100;

/** Import a course from a CSV file or a pasted table: preview with every problem, then save. */
export function CourseImport() {
  const { atlas, routes } = useAtlas();
  const courses = useSavedKind('course');
  const nosUnits = useMemo(() => atlas.dataset.units.filter((u) => u.framework === 'nos'), [atlas.dataset]);
  const [name, setName] = useState('');
  const [pasted, setPasted] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [reading, setReading] = useState('');
  const [showAll, setShowAll] = useState(false);
  // The latest reading wins: choosing another file while one is read drops the first one's result.
  const latest = useRef(0);

  /** Reads in slices that leave the page responsive (any 2 MB file: see bench/csv-import.ts). */
  const read = async (fileName: string, load: () => Promise<{ text: string; warning?: string }>) => {
    const ticket = ++latest.current;
    setReading(fileName || 'the pasted table');
    try {
      const { text, warning } = await load();
      // Decoding 2 MB is one task; parsing starts in the next, so the two never add up.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const result = await parseCourseTableAsync(text, nosUnits);
      if (warning) result.problems.unshift({ severity: 'warning', message: warning });
      if (ticket === latest.current) {
        setShowAll(false);
        setPreview({ result, fileName });
      }
    } catch (error) {
      if (ticket === latest.current)
        setPreview({ result: refused(`The file could not be read: ${(error as Error).message}`), fileName });
    } finally {
      if (ticket === latest.current) setReading('');
    }
  };
  const readFile = (file: File) => {
    if (!name.trim()) setName(file.name.replace(/\.[^.]+$/, '').slice(0, 120));
    const tooBig = sizeProblem(file.size);
    if (tooBig) {
      latest.current++;
      setReading('');
      return setPreview({ result: refused(tooBig), fileName: file.name });
    }
    // Bytes, not text: the encoding (UTF-8, UTF-16 with its byte-order mark…) is decided from them.
    return read(file.name, async () => decodeCourseBytes(new Uint8Array(await file.arrayBuffer())));
  };
  const readPasted = () => read('', async () => ({ text: pasted }));

  const save = () => {
    if (!preview || preview.result.modules.length === 0) return;
    const courseName = name.trim() || preview.fileName.replace(/\.[^.]+$/, '') || 'My course';
    const item = courses.create(courseName.slice(0, 120), {
      frameworkId: userFrameworkId(
        courseName,
        atlas.dataset.frameworks.map((f) => f.id),
      ),
      fileName: preview.fileName,
      importedAt: new Date().toISOString(),
      modules: preview.result.modules,
    });
    routes.goToCourse(item.id);
  };

  const result = preview?.result;
  // A problem repeated on many rows is one line with a count: the totals count every occurrence.
  const total = (severity: 'error' | 'warning') =>
    result?.problems.filter((p) => p.severity === severity).reduce((n, p) => n + (p.count ?? 1), 0) ?? 0;
  const warnings = total('warning');
  return (
    <article className="course-import" aria-labelledby="import-heading">
      <p className="eyebrow">Your own course · user data</p>
      <h2 id="import-heading">Import a course</h2>
      <p>
        One row per module, with the generic NOS units it claims to cover. The file stays in this browser; the
        claims are shown as <b>your claims</b>, not checked by Standards Atlas.
      </p>
      <div className="import-grid">
        <div className="card">
          <h3>Columns</h3>
          <table className="data-table">
            <caption className="visually-hidden">Columns a course file can have</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">What it holds</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">module</th>
                <td>The module title (required; also “title”, “name”)</td>
              </tr>
              <tr>
                <th scope="row">codes</th>
                <td>
                  NOS units it covers, e.g. “B6 D6” (also “nos”, “covers”). Optional: a module without codes
                  is imported as <b>needs NOS units</b>
                </td>
              </tr>
              <tr>
                <th scope="row">description, outcomes</th>
                <td>What the module covers and its learning outcomes, in your words (optional)</td>
              </tr>
              <tr>
                <th scope="row">code</th>
                <td>Your module code (optional)</td>
              </tr>
              <tr>
                <th scope="row">credits, hours</th>
                <td>Whole numbers (optional)</td>
              </tr>
              <tr>
                <th scope="row">relation</th>
                <td>exact, close, broad, narrow or related (optional; default related)</td>
              </tr>
            </tbody>
          </table>
          <p className="hint">
            UTF-8 (with or without a byte-order mark) or UTF-16; commas, semicolons or tabs between columns;
            values with a comma in double quotes. At most {formatBytes(MAX_COURSE_BYTES)}.{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => downloadText(EXAMPLE_COURSE_CSV, 'example-course.csv', 'text/csv')}
            >
              Download an example file
            </button>
          </p>
        </div>
        <div className="card">
          <h3>Your file</h3>
          <label className="field">
            <span>Course name</span>
            <input type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            <span>Choose a CSV file</span>
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void readFile(file);
              }}
            />
          </label>
          <label className="field">
            <span>…or paste a table (from a spreadsheet or as CSV)</span>
            <textarea
              rows={5}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
              placeholder={'module,codes\nLeading your team,B6 D6'}
            />
          </label>
          <button type="button" className="button secondary" disabled={!pasted.trim()} onClick={readPasted}>
            Read pasted table
          </button>
        </div>
      </div>

      {reading && (
        <p className="import-reading" role="status">
          Reading {reading === 'the pasted table' ? reading : <>“{reading}”</>}…
        </p>
      )}
      {result && !reading && (
        <section aria-labelledby="preview-heading" className="import-preview">
          <h3 id="preview-heading">
            {preview!.fileName ? <>Reading “{preview!.fileName}”</> : 'Reading the pasted table'}
          </h3>
          <p aria-live="polite" className={`import-summary ${result.refused ? 'bad' : 'ok'}`}>
            {result.refused
              ? 'Nothing can be imported: see the problem below.'
              : `${result.modules.length} module${result.modules.length === 1 ? '' : 's'} ready to import` +
                `${result.skipped ? `, ${result.skipped} row${result.skipped === 1 ? '' : 's'} skipped` : ''}` +
                `${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.`}
          </p>
          {result.problems.length > 0 && (
            <table className="data-table problems">
              <caption>Problems found</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {result.problems.map((p, i) => (
                  <tr key={i} className={p.severity}>
                    <td>{p.row ?? 'file'}</td>
                    <td>{p.column ?? '–'}</td>
                    <td>
                      <span className={`pill ${p.severity === 'error' ? 'bad' : 'warn'}`}>
                        {p.severity === 'error' ? 'not imported' : 'warning'}
                      </span>{' '}
                      {p.message}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {result.modules.length > 0 && (
            <>
              <table className="data-table">
                <caption>Modules to import</caption>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Code</th>
                    <th scope="col">Module</th>
                    <th scope="col">Claims to cover</th>
                    <th scope="col">Credits</th>
                    <th scope="col">Hours</th>
                  </tr>
                </thead>
                <tbody>
                  {(showAll ? result.modules : result.modules.slice(0, PREVIEW_ROWS)).map((m) => (
                    <tr key={m.code}>
                      <td>{m.row}</td>
                      <td className="code">{m.code}</td>
                      <td>{m.title}</td>
                      <td>
                        {needsNosUnits(m) ? (
                          <span className="pill warn">needs NOS units</span>
                        ) : (
                          m.claims.map((c) => `${c.nos.replace('nos:', '')} (${c.relation})`).join(', ')
                        )}
                      </td>
                      <td>{m.credits ?? '–'}</td>
                      <td>{m.hours ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {!showAll && result.modules.length > PREVIEW_ROWS && (
                <p>
                  <button type="button" className="link-button" onClick={() => setShowAll(true)}>
                    Show all {result.modules.length} modules
                  </button>
                </p>
              )}
              <button type="button" className="button" onClick={save}>
                Save course ({result.modules.length} module{result.modules.length === 1 ? '' : 's'})
              </button>
            </>
          )}
        </section>
      )}
    </article>
  );
}
