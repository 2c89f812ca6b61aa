import type { EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useAtlas } from '../../context';
import { frameElements } from './camera';
import { useGraph } from './context';
import { describeEdge, describeNode } from './describe';

/** Group boxes and chips select their framework or qualification, so the panel can describe them. */
export function groupSelection(groupId: string): string | undefined {
  const [, framework] = groupId.split(':');
  return framework === 'nos' ? undefined : `framework:${framework}`;
}

/**
 * Pointer and keyboard: a tap on a unit selects it; on a chip, shows the group's units and selects
 * its framework; on the background, clears the selection. Hovering shows a tooltip. With the
 * graph focused, arrow keys move between nodes (the live region says which), Enter selects.
 */
export function EventsController() {
  const { atlas, state, routes } = useAtlas();
  const { cy, setExpanded, setTooltip, announce } = useGraph();
  const stateRef = useRef(state);
  const keyboard = useRef<string | undefined>(undefined);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  useEffect(() => {
    const activate = (node: NodeSingular) => {
      const id = node.id();
      if (node.hasClass('chip')) {
        setExpanded((expanded) => new Set([...expanded, id]));
        // Once the group's units are drawn, bring them into view.
        requestAnimationFrame(() => {
          const group = cy.getElementById(id);
          if (group.nonempty()) frameElements(cy, group.union(group.neighborhood('node')), { animate: true });
        });
      }
      const selected = id.startsWith('group:') ? groupSelection(id) : id;
      if (selected) routes.goToUnit(selected);
    };
    const onNode = (event: EventObject) => activate(event.target as NodeSingular);
    const onBackground = (event: EventObject) => {
      if (event.target === cy && stateRef.current.selected) routes.clearSelection();
    };
    const show = (event: EventObject, lines: string[]) => {
      const p = event.renderedPosition ?? { x: 0, y: 0 };
      setTooltip({ x: p.x, y: p.y, lines });
    };
    const onOverNode = (event: EventObject) => show(event, describeNode(atlas, event.target as NodeSingular));
    const onOverEdge = (event: EventObject) => show(event, describeEdge(atlas, event.target));
    const onOut = () => setTooltip(undefined);

    const container = cy.container();
    const focusNode = (node: NodeSingular) => {
      cy.$('.keyboard').removeClass('keyboard');
      node.addClass('keyboard');
      keyboard.current = node.id();
      const lines = describeNode(atlas, node);
      announce(`${lines.join(', ')}. Enter to select.`);
      const box = node.renderedBoundingBox({});
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height())
        cy.animate({ center: { eles: node } }, { duration: 150 });
    };
    const onKey = (event: KeyboardEvent) => {
      const current = keyboard.current ? cy.getElementById(keyboard.current) : undefined;
      const nodes = cy.nodes('.unit, .chip');
      if (event.key === 'Enter' || event.key === ' ') {
        if (current?.nonempty()) {
          event.preventDefault();
          activate(current);
        }
        return;
      }
      const direction = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[
        event.key
      ];
      if (!direction) return;
      event.preventDefault();
      if (!current || current.empty()) {
        const start = stateRef.current.selected ? cy.getElementById(stateRef.current.selected) : undefined;
        const first = start?.nonempty() ? start : nodes.filter('.unit')[0];
        if (first) focusNode(first);
        return;
      }
      const next = nearestInDirection(current, nodes, direction as [number, number]);
      if (next) focusNode(next);
    };
    const onBlur = () => {
      cy.$('.keyboard').removeClass('keyboard');
      keyboard.current = undefined;
    };
    cy.on('tap', 'node', onNode);
    cy.on('tap', onBackground);
    cy.on('mouseover', 'node', onOverNode);
    cy.on('mouseover', 'edge', onOverEdge);
    cy.on('mouseout', 'node, edge', onOut);
    cy.on('viewport', onOut);
    container?.addEventListener('keydown', onKey);
    container?.addEventListener('blur', onBlur);
    return () => {
      cy.off('tap', 'node', onNode);
      cy.off('tap', onBackground);
      cy.off('mouseover', 'node', onOverNode);
      cy.off('mouseover', 'edge', onOverEdge);
      cy.off('mouseout', 'node, edge', onOut);
      cy.off('viewport', onOut);
      container?.removeEventListener('keydown', onKey);
      container?.removeEventListener('blur', onBlur);
    };
  }, [cy, atlas, routes, setExpanded, setTooltip, announce]);
  return null;
}

/**
 * The node an arrow key leads to: the nearest one whose direction from `from` is within 60° of
 * the arrow, distance along the arrow counting less than distance across it.
 */
export function nearestInDirection(
  from: NodeSingular,
  nodes: cytoscape.NodeCollection,
  [dx, dy]: [number, number],
): NodeSingular | undefined {
  const p = from.position();
  let best: NodeSingular | undefined;
  let bestScore = Infinity;
  nodes.forEach((node) => {
    if (node.same(from)) return;
    const q = node.position();
    const along = (q.x - p.x) * dx + (q.y - p.y) * dy;
    const across = Math.abs((q.x - p.x) * dy - (q.y - p.y) * dx);
    if (along <= 0 || across > along * 1.8) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = node;
    }
  });
  return best;
}
