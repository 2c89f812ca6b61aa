/**
 * The explorer's scene: what the graph draws for a given view, as plain data (testable without a
 * browser). Overview first, detail on demand: the NOS hub's six functional areas always show every
 * unit code; every other framework (or qualification group) is a labelled chip with its unit count
 * until it is expanded, or until a selection reveals the members in its neighbourhood; links with
 * an end folded into a chip are drawn as one aggregated link per pair of groups, carrying the count
 * and the mix of bases. Group and unit order come from the build-time layout (barycentric order, see
 * layout.ts); here the groups are only packed into rows that fit the screen.
 */
export {
  SCENE,
  shortTitle,
  type Scene,
  type SceneEdge,
  type SceneGroup,
  type SceneInput,
  type SceneKind,
  type SceneModel,
  type SceneNode,
  type SceneUnit,
} from './scene';
export { areaGroup, buildScene, describeMix } from './build';
export { sceneBox } from './blocks';
export { sceneModel } from './scene-model';
