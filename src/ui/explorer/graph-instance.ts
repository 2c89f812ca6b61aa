/**
 * Creating the cytoscape instance, and starting it before React: at start-up the graph is what a
 * person waits for, so main.tsx boots it straight after the data is loaded and the explorer adopts
 * it when it mounts, instead of building it only after the whole app has rendered.
 */
import cytoscape, { type Core } from 'cytoscape';
import { applyFilters, neighbourhood } from '../../domain/filters';
import { edgeId } from '../../domain/graph';
import { buildScene, sceneBox, sceneModel, type Scene, type SceneModel } from '../../domain/overview';
import type { Link } from '../../domain/model';
import type { ViewState } from '../../domain/url-state';
import { isUserFramework } from '../../domain/course-import';
import type { Atlas } from '../atlas';
import { graphStyle, sceneElements } from './graph-style';
import { frameBox } from './graph/camera';

const modelCache = new WeakMap<Atlas, { model: SceneModel; linkIds: Map<Link, string> }>();

/** The scene's model of the atlas and each link's stable edge id, built once per atlas. */
export function sceneModelFor(atlas: Atlas): { model: SceneModel; linkIds: Map<Link, string> } {
  let hit = modelCache.get(atlas);
  if (!hit) {
    hit = {
      model: sceneModel(atlas.dataset, atlas.positions, isUserFramework),
      linkIds: new Map(atlas.dataset.links.map((l, i) => [l, edgeId(l, i)])),
    };
    modelCache.set(atlas, hit);
  }
  return hit;
}

/** Units drawn although their group is folded: the selected unit and its neighbourhood. */
export function revealedBy(selected: string | undefined, links: Link[], hops: 1 | 2): Set<string> {
  return selected && !selected.startsWith('framework:') ? neighbourhood(selected, links, hops) : new Set();
}

export interface GraphInstance {
  cy: Core;
  dispose(): void;
}

/**
 * Frames the whole scene, from its own geometry: asking cytoscape for the drawing's bounding box
 * would make it measure every label's text before the first frame (a third of the graph's
 * start-up), only to find the box the scene already knows.
 */
function frameScene(cy: Core, scene: Scene): void {
  const box = sceneBox(scene);
  if (box) frameBox(cy, box);
}

/** Builds the graph in `container`, drawing `scene`, framed to fit. */
export function createGraph(container: HTMLElement, scene: Scene): GraphInstance {
  performance.mark('atlas:graph-start');
  const elements = sceneElements(scene);
  performance.mark('atlas:elements');
  const cy = cytoscape({
    container,
    elements,
    style: graphStyle,
    layout: { name: 'preset', fit: false },
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    autoungrabify: true,
    hideEdgesOnViewport: scene.edges.length > 3000,
    textureOnViewport: scene.nodes.length > 2000,
    pixelRatio: 1,
  });
  performance.mark('atlas:cy');
  frameScene(cy, scene);
  performance.mark('atlas:framed');
  window.__atlasGraphReady = performance.now();
  window.__atlasEdgesReady = window.__atlasGraphReady;
  document.documentElement.dataset.edges = 'ready';
  // Tests and benchmarks find nodes on the canvas through this handle.
  window.__atlasCy = cy;
  return { cy, dispose: () => cy.destroy() };
}

let booted: { instance: GraphInstance; holder: HTMLDivElement; scene: Scene } | undefined;

/**
 * Starts the graph before React renders, in a holder laid over where the explorer will put it
 * (the explorer's filter and detail columns are fixed widths; see styles.css), drawing the scene
 * the view state asks for.
 */
export function bootGraph(atlas: Atlas, state: ViewState): void {
  const holder = document.createElement('div');
  holder.className = 'graph-holder graph-booting';
  document.body.append(holder);
  const { model, linkIds } = sceneModelFor(atlas);
  const view = applyFilters(atlas.dataset, state.filters);
  const scene = buildScene(model, {
    visible: view.unitIds,
    links: view.links.map((link) => ({ link, id: linkIds.get(link)! })),
    expanded: new Set(),
    revealed: revealedBy(state.selected, view.links, state.hops),
  });
  booted = { instance: createGraph(holder, scene), holder, scene };
}

/** The booted graph, moved into `container`. */
export function adoptBootedGraph(container: HTMLElement): GraphInstance | undefined {
  const found = booted;
  booted = undefined;
  if (!found) return undefined;
  // cytoscape's own way to move an instance: its renderer is rebuilt in the new container, with
  // event handling bound there (moving the holder element would leave the old bindings behind).
  found.instance.cy.unmount();
  found.holder.remove();
  found.instance.cy.mount(container);
  frameScene(found.instance.cy, found.scene);
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
