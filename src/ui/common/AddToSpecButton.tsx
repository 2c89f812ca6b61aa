import { useId } from 'react';
import type { Unit } from '../../domain/model';
import { planAddition } from '../../domain/spec';
import { useAtlas } from '../context';
import { useSavedKind } from './saved-work';

/**
 * "Add to specification" for a unit anywhere in the app (detail panel, search results). Adds to
 * the open specification (or the most recently changed one), starts one when there is none, and
 * is disabled with the reason for units that cannot go in. `inline` is the one-line form for
 * tight places such as the search popup; it names the unit, since the row around it may not.
 */
export function AddToSpecButton({ unit, inline = false }: { unit: Unit; inline?: boolean }) {
  const { atlas, state, routes, addNotice } = useAtlas();
  const store = useSavedKind('spec');
  const hintId = useId();
  const plan = planAddition(atlas.dataset, store.items, state.spec.id, unit);
  const hint = plan.kind === 'blocked' ? plan.reason : plan.hint;

  const add = () => {
    if (plan.kind === 'blocked') return;
    let target: { id: string };
    if (plan.kind === 'create') target = store.create(plan.name, plan.data);
    else {
      store.update(plan.target.id, plan.data);
      target = plan.target;
    }
    const unread = store.problems.length
      ? ' Some saved specifications could not be read: see Person specification.'
      : '';
    addNotice(`${plan.message}${unread}`);
    // Later additions go to the same specification, and the view opens it.
    if (state.spec.id !== target.id) routes.setCurrentSpec(target.id);
  };

  return (
    <span className={inline ? 'add-to-spec-wrap inline' : 'add-to-spec-wrap'}>
      <button
        type="button"
        className={inline ? 'button small add-to-spec' : 'button add-to-spec'}
        disabled={plan.kind === 'blocked'}
        aria-describedby={hintId}
        // Inline (search popup): keep the focus in the search box, so its popup stays open.
        onMouseDown={inline ? (e) => e.preventDefault() : undefined}
        onClick={(e) => {
          e.stopPropagation();
          add();
        }}
      >
        {inline ? `Add ${unit.code} to specification` : 'Add to specification'}
      </button>
      <span id={hintId} className="add-to-spec-hint">
        {hint}
      </span>
    </span>
  );
}
