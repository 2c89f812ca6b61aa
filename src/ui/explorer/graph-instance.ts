/**
 * Creating the cytoscape instance, and starting it before React: at start-up the graph is what a
 * person waits for, so main.tsx boots it straight after the data is loaded and the explorer adopts
 * it when it mounts, instead of building it only after the whole app has rendered.
 */
import cytoscape, { type Core } from 'cytoscape';
import { buildElements } from '../../domain/graph';
import type { Atlas } from '../atlas';
import { graphStyle, styledElements } from './graph-style';

export type GraphElements = ReturnType<typeof buildElements>;

const elementsCache = new WeakMap<Atlas, GraphElements>();

/** One set of elements per atlas, so the booted graph and the explorer agree on what they draw. */
export function elementsFor(atlas: Atlas): GraphElements {
  let elements = elementsCache.get(atlas);
  if (!elements) elementsCache.set(atlas, (elements = buildElements(atlas.dataset, atlas.positions)));
  return elements;
}

export interface GraphInstance {
  cy: Core;
  elements: GraphElements;
  dispose(): void;
}

const PROGRESSIVE_EDGES = 3000;
const EDGE_CHUNK = 2500;

/**
 * Builds the graph in `container`. Large graphs open with their units and stream their links in
 * over the next frames, so the map can be read, panned and clicked at once rather than after
 * every edge is styled. `isHidden` says which streamed links the filters hide.
 */
export function createGraph(
  container: HTMLElement,
  elements: GraphElements,
  isHidden: (id: string) => boolean = () => false,
): GraphInstance {
  performance.mark('atlas:graph-start');
  const styled = styledElements(elements.nodes, elements.edges);
  const progressive = elements.edges.length > PROGRESSIVE_EDGES;
  const cy = cytoscape({
    container,
    elements: progressive ? styled.slice(0, elements.nodes.length) : styled,
    style: graphStyle,
    layout: { name: 'preset', fit: true, padding: 30 },
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    autoungrabify: true,
    hideEdgesOnViewport: elements.edges.length > 3000,
    textureOnViewport: elements.nodes.length > 2000,
    pixelRatio: 1,
  });
  window.__atlasGraphReady = performance.now();
  // Tests and benchmarks find nodes on the canvas through this handle.
  window.__atlasCy = cy;
  let next = elements.nodes.length;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const addChunk = () => {
    const chunk = styled
      .slice(next, next + EDGE_CHUNK)
      .map((e) =>
        isHidden((e.data as { id: string }).id) ? { ...e, classes: `${e.classes ?? ''} hidden` } : e,
      );
    next += EDGE_CHUNK;
    cy.batch(() => cy.add(chunk as cytoscape.ElementDefinition[]));
    if (next < styled.length) timer = setTimeout(addChunk, 16);
    else markEdgesReady();
  };
  if (progressive) timer = setTimeout(addChunk, 0);
  else markEdgesReady();
  return {
    cy,
    elements,
    dispose() {
      clearTimeout(timer);
      cy.destroy();
    },
  };
}

function markEdgesReady() {
  window.__atlasEdgesReady = performance.now();
  document.documentElement.dataset.edges = 'ready';
}

let booted: { instance: GraphInstance; holder: HTMLDivElement } | undefined;

/**
 * Starts the graph before React renders, in a holder laid over where the explorer will put it
 * (the explorer's filter and detail columns are fixed widths; see styles.css).
 */
export function bootGraph(atlas: Atlas): void {
  const holder = document.createElement('div');
  holder.className = 'graph-holder graph-booting';
  document.body.append(holder);
  booted = { instance: createGraph(holder, elementsFor(atlas)), holder };
}

/** The booted graph, moved into `container`, if it was drawn from these elements. */
export function adoptBootedGraph(container: HTMLElement, elements: GraphElements): GraphInstance | undefined {
  const found = booted;
  booted = undefined;
  if (!found) return undefined;
  if (found.instance.elements !== elements) {
    found.instance.dispose();
    found.holder.remove();
    return undefined;
  }
  // cytoscape's own way to move an instance: its renderer is rebuilt in the new container, with
  // event handling bound there (moving the holder element would leave the old bindings behind).
  found.instance.cy.unmount();
  found.holder.remove();
  found.instance.cy.mount(container);
  found.instance.cy.fit(undefined, 30);
  return found.instance;
}

declare global {
  interface Window {
    __atlasGraphReady?: number;
    __atlasLastPaint?: number;
    __atlasEdgesReady?: number;
    __atlasCy?: Core;
  }
}
