import { useAtlas } from '../context';
import { SourceLine } from '../common/SourceLine';
import { toCaseExport } from '../../domain/interchange';
import { downloadText } from '../common/download';

/** Details for a framework ("framework:hsc") or qualification ("ilm-8605-award") selection. */
export function GroupDetails({ id }: { id: string }) {
  const { atlas } = useAtlas();
  const qualification = atlas.qualificationsById.get(id);
  const framework = atlas.frameworksById.get(qualification?.framework ?? id.replace(/^framework:/, ''));
  if (!framework) return <p>Nothing selected.</p>;
  const units = atlas.dataset.units.filter((u) => u.framework === framework.id);
  const qualifications = qualification
    ? [qualification]
    : atlas.dataset.qualifications.filter((q) => q.framework === framework.id);
  return (
    <article className="unit-details" aria-labelledby="group-heading">
      <p className="eyebrow">
        <span className={`kind-badge kind-${framework.kind}`}>{framework.kind}</span> framework
      </p>
      <h2 id="group-heading">{qualification?.title ?? framework.name}</h2>
      <p>
        {framework.shortName} · {units.length} units
      </p>
      {framework.description && <p>{framework.description}</p>}
      <SourceLine source={framework.source} />
      <div className="unit-actions">
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            downloadText(
              JSON.stringify(toCaseExport(atlas.dataset, framework.id), null, 2) + '\n',
              `${framework.id}.case.json`,
              'application/json',
            )
          }
        >
          Download CASE JSON
        </button>
      </div>
      {qualifications.map((q) => (
        <section key={q.id}>
          <h3>
            {q.title} <span className="muted">({q.number})</span>
          </h3>
          <p>
            Credits: {q.creditRange.min}
            {q.creditRange.max ? `–${q.creditRange.max}` : '+'}
            {q.totalQualificationTime && ` · total qualification time ${q.totalQualificationTime} h`}
            {q.guidedLearningHours && ` · GLH ${q.guidedLearningHours}`}
          </p>
          <blockquote>{q.rulesText}</blockquote>
          <ul className="plain">
            {q.rules.map((r) => (
              <li key={r.id}>
                {r.text} <SourceLine source={r.source} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
