import { useMemo, useState } from 'react';
import { allRuleSets, findRuleSet } from '../../domain/rules';
import { checkPlanUnits, ruleSetLabel } from '../../domain/plan';
import { useAtlas } from '../context';
import { useRoutes } from '../routes';
import { CourseImport } from './CourseImport';
import { CourseView } from './CourseView';
import { FrameworkView } from './FrameworkView';
import { ImportFramework } from '../common/ImportFramework';
import { PasteSuggest } from './PasteSuggest';
import { PlanEditor } from './PlanEditor';
import { QuarantineList } from '../common/QuarantineList';
import { useSavedKind } from '../common/saved-work';
import './plan.css';
import { TermHelp } from '../common/TermHelp';

/** What a link may name that is not saved in this browser, in the person's words. */
const MISSING_LABEL = { plan: 'plan', course: 'course', framework: 'imported framework' } as const;

/** Course mapping: plans built from a qualification's units, and the person's own imported courses. */
export function PlanView() {
  const { state } = useAtlas();
  const plans = useSavedKind('plan');
  const courses = useSavedKind('course');
  const frameworks = useSavedKind('framework');
  const open = state.plan.open;
  const plan = open?.kind === 'plan' ? plans.items.find((p) => p.id === open.id) : undefined;
  const course = open?.kind === 'course' ? courses.items.find((c) => c.id === open.id) : undefined;
  const framework = open?.kind === 'framework' ? frameworks.items.find((f) => f.id === open.id) : undefined;
  let main;
  if (open?.kind === 'course-import') main = <CourseImport />;
  else if (open?.kind === 'framework-import')
    main = (
      <article className="framework-import" aria-label="Import a framework">
        <ImportFramework />
      </article>
    );
  else if (course) main = <CourseView course={course} />;
  else if (plan) main = <PlanEditor plan={plan} />;
  else if (framework) main = <FrameworkView framework={framework} />;
  else {
    main = (
      <>
        {open && 'id' in open && (
          <p className="plan-missing">
            The {MISSING_LABEL[open.kind]} in this link ({open.id}) is not saved in this browser: saved work
            stays in the browser it was made in.
          </p>
        )}
        <Welcome />
      </>
    );
  }
  return (
    <div className="plan-view">
      <Sidebar />
      <section className="plan-main" aria-label="Course mapping workspace">
        {main}
      </section>
    </div>
  );
}

function Sidebar() {
  const { atlas, state, routes } = useAtlas();
  const plans = useSavedKind('plan');
  const courses = useSavedKind('course');
  const frameworks = useSavedKind('framework');
  const open = state.plan.open;
  const problems = [...plans.problems, ...courses.problems];
  return (
    <aside className="plan-sidebar" aria-label="Plans and courses">
      <div className="heading-with-help">
        <h2>Course mapping</h2>
        <TermHelp term="qualification-unit" />
      </div>
      <p className="hint">
        Build a programme from a qualification&rsquo;s units, or import your own course, and see which NOS
        units it covers.
      </p>
      <NewPlanForm />
      <h3>
        Your plans <span className="count">({plans.items.length})</span>
      </h3>
      {plans.items.length === 0 ? (
        <p className="hint">No plans yet.</p>
      ) : (
        <ul className="saved-list">
          {plans.items.map((p) => {
            const set = findRuleSet(atlas.dataset, p.data.ruleSet);
            const check = set && checkPlanUnits(atlas.dataset, set, p.data.units);
            const current = open?.kind === 'plan' && open.id === p.id;
            return (
              <li key={p.id}>
                <button
                  type="button"
                  className="saved-item"
                  aria-current={current ? 'true' : undefined}
                  onClick={() => routes.goToPlan(p.id)}
                >
                  <span className="saved-name">{p.name}</span>
                  {plans.unsaved.includes(p.id) && <span className="unsaved-badge">not saved</span>}
                  <span className="saved-meta">
                    {set ? ruleSetLabel(set) : 'unknown qualification'} · {p.data.units.length} unit
                    {p.data.units.length === 1 ? '' : 's'}
                    {check && (
                      <span className={check.valid ? 'ok' : 'bad'}>
                        {' '}
                        ·{' '}
                        {check.valid
                          ? '✓ meets the rules'
                          : `✗ ${check.rules.filter((r) => !r.satisfied).length} rule(s) not met`}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h3>
        Your courses <span className="count">({courses.items.length})</span>
      </h3>
      {courses.items.length > 0 && (
        <ul className="saved-list">
          {courses.items.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="saved-item"
                aria-current={open?.kind === 'course' && open.id === c.id ? 'true' : undefined}
                onClick={() => routes.goToCourse(c.id)}
              >
                <span className="saved-name">{c.name}</span>
                {courses.unsaved.includes(c.id) && <span className="unsaved-badge">not saved</span>}
                <span className="saved-meta">
                  <span className="user-badge">your data</span> {c.data.modules.length} module
                  {c.data.modules.length === 1 ? '' : 's'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button secondary" onClick={() => routes.goToCourseImport()}>
        Import a course (CSV)…
      </button>
      <h3>
        Your imported frameworks <span className="count">({frameworks.items.length})</span>
      </h3>
      {frameworks.items.length > 0 && (
        <ul className="saved-list" aria-label="Imported frameworks to map">
          {frameworks.items.map((f) => (
            <li key={f.id}>
              <button
                type="button"
                className="saved-item"
                aria-current={open?.kind === 'framework' && open.id === f.id ? 'true' : undefined}
                onClick={() => routes.goToFramework(f.id)}
              >
                <span className="saved-name">{f.name}</span>
                {frameworks.unsaved.includes(f.id) && <span className="unsaved-badge">not saved</span>}
                <span className="saved-meta">
                  <span className="user-badge">your data</span> CASE · {f.data.units.length} unit
                  {f.data.units.length === 1 ? '' : 's'}
                  {f.data.claims.length > 0 && ` · your claims: ${f.data.claims.length}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button secondary" onClick={() => routes.goToFrameworkImport()}>
        Import a framework (CASE JSON)…
      </button>
      {problems.length > 0 && (
        <div className="storage-problems">
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
          {(plans.problemEntries.length > 0 || courses.problemEntries.length > 0) && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                plans.downloadProblemData();
                courses.downloadProblemData();
              }}
            >
              Download the damaged data
            </button>
          )}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              plans.dismissProblems();
              courses.dismissProblems();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      <QuarantineList />
    </aside>
  );
}

function NewPlanForm() {
  const { atlas, routes } = useAtlas();
  const plans = useSavedKind('plan');
  const sets = useMemo(() => allRuleSets(atlas.dataset), [atlas.dataset]);
  const [choice, setChoice] = useState('');
  const start = () => {
    const set = sets.find((s) => s.id === choice);
    if (!set) return;
    const same = plans.items.filter((p) => p.data.ruleSet === set.id).length;
    const item = plans.create(`${ruleSetLabel(set)} plan${same ? ` ${same + 1}` : ''}`, {
      ruleSet: set.id,
      units: [],
    });
    routes.goToPlan(item.id);
  };
  return (
    <form
      className="new-plan"
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <label className="field">
        <span>Start a plan for</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a qualification…</option>
          <optgroup label="Qualifications">
            {sets
              .filter((s) => s.kind === 'qualification')
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} ({s.number})
                </option>
              ))}
          </optgroup>
          <optgroup label="NOS levels (as rules of combination)">
            {sets
              .filter((s) => s.kind === 'nos-level')
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
          </optgroup>
        </select>
      </label>
      <button type="submit" className="button" disabled={!choice}>
        Start plan
      </button>
    </form>
  );
}

function Welcome() {
  const routes = useRoutes();
  return (
    <div className="plan-welcome">
      <h2>Plan a programme, check it, map it</h2>
      <ol>
        <li>
          <b>Start a plan</b> for ProQual 601/4759/3 or an ILM 8605 Award, Certificate or Diploma with the
          &ldquo;Start a plan for&rdquo; list. Add units and every rule of combination is checked as you go.
        </li>
        <li>
          <b>See the coverage</b>: which of the 56 generic NOS units the plan reaches, on what basis
          (published, curated or computed), and what is missing.
        </li>
        <li>
          <b>Find the gaps</b> against a NOS level and get ranked suggestions of units that would close them.
        </li>
      </ol>
      <p>
        Have your own in-house course?{' '}
        <button type="button" className="link-button" onClick={() => routes.goToCourseImport()}>
          Import it from a CSV file or a pasted table
        </button>{' '}
        and map it the same way. Everything is kept in this browser only.
      </p>
      <PasteSuggest />
    </div>
  );
}
