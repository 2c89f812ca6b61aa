import { useEffect, useRef } from 'react';
import { useAtlas } from '../../context';
import { useGraph } from './context';

/** Group boxes select their framework or qualification, so the panel can describe them. */
export function groupSelection(groupId: string): string | undefined {
  const [, framework] = groupId.split(':');
  return framework === 'nos' ? undefined : `framework:${framework}`;
}

/** Pointer events: a tap on a unit selects it, on a group its framework, on the background clears. */
export function EventsController() {
  const { state, navigate } = useAtlas();
  const { cy } = useGraph();
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  useEffect(() => {
    const onNode = (event: cytoscape.EventObject) => {
      const id = event.target.id() as string;
      const selected = id.startsWith('group:') ? groupSelection(id) : id;
      if (selected) navigate({ ...stateRef.current, selected });
    };
    const onBackground = (event: cytoscape.EventObject) => {
      if (event.target === cy && stateRef.current.selected)
        navigate({ ...stateRef.current, selected: undefined });
    };
    cy.on('tap', 'node', onNode);
    cy.on('tap', onBackground);
    return () => {
      cy.off('tap', 'node', onNode);
      cy.off('tap', onBackground);
    };
  }, [cy, navigate]);
  return null;
}
