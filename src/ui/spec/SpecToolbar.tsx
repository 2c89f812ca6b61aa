import {
  fileSlug,
  specificationToCsv,
  specificationToMarkdown,
  type DocumentDetail,
  type SpecificationDocument,
} from '../../domain/spec';
import { copyText, downloadText } from '../common/download';
import { useAtlas } from '../context';

const today = () =>
  new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Print, download (Markdown, CSV) and copy: all made in the page, offline. */
export function SpecToolbar({
  doc,
  detail,
  onDetail,
}: {
  doc: SpecificationDocument;
  detail: DocumentDetail;
  onDetail: (detail: DocumentDetail) => void;
}) {
  const { addNotice } = useAtlas();
  const slug = fileSlug(doc.name);
  return (
    <div className="spec-toolbar" role="toolbar" aria-label="Specification output">
      <fieldset className="spec-detail">
        <legend>Document</legend>
        <label className="check">
          <input
            type="radio"
            name="spec-detail"
            checked={!detail.full}
            onChange={() => onDetail({ full: false, suggestions: false })}
          />
          Concise (two pages)
        </label>
        <label className="check">
          <input
            type="radio"
            name="spec-detail"
            checked={detail.full}
            onChange={() => onDetail({ ...detail, full: true })}
          />
          Full: evidence and usage
        </label>
        {detail.full && (
          <label className="check">
            <input
              type="checkbox"
              checked={detail.suggestions}
              onChange={(e) => onDetail({ ...detail, suggestions: e.target.checked })}
            />
            Include computed suggestions
          </label>
        )}
      </fieldset>
      <button type="button" className="button" onClick={() => window.print()}>
        Print…
      </button>
      <button
        type="button"
        className="button secondary"
        onClick={() =>
          downloadText(specificationToMarkdown(doc, today(), detail), `${slug}.md`, 'text/markdown')
        }
      >
        Download Markdown
      </button>
      <button
        type="button"
        className="button secondary"
        onClick={() => downloadText(specificationToCsv(doc, detail), `${slug}.csv`, 'text/csv')}
      >
        Download CSV
      </button>
      <button
        type="button"
        className="button secondary"
        onClick={async () => {
          const ok = await copyText(specificationToMarkdown(doc, today(), detail));
          addNotice(
            ok
              ? `“${doc.name}” copied to the clipboard as Markdown.`
              : 'Could not copy to the clipboard; use the Markdown download instead.',
          );
        }}
      >
        Copy as Markdown
      </button>
      <span className="hint spec-toolbar-hint">
        Print gives a clean A4 document; choose “Save as PDF” to keep one.
      </span>
    </div>
  );
}
