import type { CoveringUnit, SpecificationUnit } from '../../domain/spec';

/** The qualification units that cover a specification unit: curated first, computed only when asked for. */
export function SpecUnitCoverage({ unit, suggestions }: { unit: SpecificationUnit; suggestions: boolean }) {
  const computed = suggestions ? unit.computedCoverage : [];
  return (
    <div className="spec-unit-coverage">
      <h5>Qualification units that cover it</h5>
      {unit.curatedCoverage.length === 0 && computed.length === 0 && (
        <p className="muted">
          {suggestions || unit.computedCoverage.length === 0
            ? 'None found in the ProQual or ILM specifications.'
            : 'None reviewed by hand; computed suggestions are left out unless you ask for them.'}
        </p>
      )}
      {unit.curatedCoverage.length > 0 && (
        <>
          <p className="coverage-label">
            <span className="basis-badge basis-curated">curated</span> reviewed by hand, with a reason
          </p>
          <ul className="coverage-list">
            {unit.curatedCoverage.map((c) => (
              <CoverageItem key={c.id} item={c} />
            ))}
          </ul>
        </>
      )}
      {computed.length > 0 && (
        <>
          <p className="coverage-label">
            <span className="basis-badge basis-computed">computed</span> text similarity only, not reviewed
          </p>
          <ul className="coverage-list computed">
            {computed.map((c) => (
              <CoverageItem key={c.id} item={c} />
            ))}
            {unit.computedHidden > 0 && (
              <li className="muted">…and {unit.computedHidden} weaker computed suggestions</li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}

function CoverageItem({ item }: { item: CoveringUnit }) {
  const facts = [
    item.level !== undefined ? `level ${item.level}` : '',
    item.credits !== undefined ? `${item.credits} credits` : '',
  ].filter(Boolean);
  return (
    <li>
      <span className="coverage-framework">{item.frameworkName}</span>{' '}
      <span className="code">{item.code}</span> {item.title}{' '}
      <span className="muted">
        (
        {[...facts, item.relation, item.score !== undefined ? `score ${item.score.toFixed(2)}` : '']
          .filter(Boolean)
          .join(', ')}
        )
      </span>
      {item.rationale && <span className="coverage-rationale">{item.rationale}</span>}
    </li>
  );
}
