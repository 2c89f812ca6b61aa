/** The loaded, indexed dataset the views share. Built once at start-up from the inlined bundle. */
import bundle from '@bundle';
import { joinBundle, LAZY_BLOCKS, type DataBundle, type LeanBundle } from '../domain/bundle';
import type { Evidence } from '../domain/evidence';
import type { Dataset, Framework, Link, Qualification, Unit } from '../domain/model';
import { buildSearchDocuments, createSearchEngine, type SearchEngine } from '../domain/search';
import { mergeFragments, type DatasetFragment } from '../domain/course-import';
import { computeLayout } from '../domain/layout';

export interface Atlas {
  dataset: Dataset;
  positions: DataBundle['positions'];
  unitsById: Map<string, Unit>;
  frameworksById: Map<string, Framework>;
  qualificationsById: Map<string, Qualification>;
  linksByUnit: Map<string, Link[]>;
  search: SearchEngine;
  /** Cited passages of the source documents, for the evidence viewer. */
  evidence: Evidence;
}

export function indexAtlas(data: DataBundle): Atlas {
  const { dataset } = data;
  const linksByUnit = addLinksByUnit(new Map(), dataset.links);
  return {
    dataset,
    positions: data.positions,
    unitsById: new Map(dataset.units.map((u) => [u.id, u])),
    frameworksById: new Map(dataset.frameworks.map((f) => [f.id, f])),
    qualificationsById: new Map(dataset.qualifications.map((q) => [q.id, q])),
    linksByUnit,
    search: lazySearch(() =>
      createSearchEngine(buildSearchDocuments(dataset), { synonyms: dataset.synonyms }),
    ),
    // Read from its page block when the evidence viewer first opens (see joinBundle).
    get evidence() {
      return data.evidence ?? {};
    },
  };
}

/**
 * The search engine, built on first use: the graph becomes interactive without waiting for it,
 * and the explorer warms it up as soon as the page is idle (see GraphView).
 */
export function lazySearch(build: () => SearchEngine): SearchEngine {
  let engine: SearchEngine | undefined;
  const get = () => (engine ??= build());
  return {
    get docs() {
      return get().docs;
    },
    search: (query, options) => get().search(query, options),
    missingCode: (query, options) => get().missingCode(query, options),
  };
}

/** Files each link under both of its ends. */
function addLinksByUnit(index: Map<string, Link[]>, links: Link[]): Map<string, Link[]> {
  for (const link of links) {
    for (const end of [link.from, link.to]) {
      const list = index.get(end);
      if (list) list.push(link);
      else index.set(end, [link]);
    }
  }
  return index;
}

/**
 * The atlas from the page: the lean bundle in the script now, the blocks the first screen does not
 * need (passages, search index, outcome and correction texts) parsed from the page on first use.
 */
export function loadAtlas(): Atlas {
  return indexAtlas(joinBundle(bundle as unknown as LeanBundle, readBlock));
}

function readBlock(block: keyof typeof LAZY_BLOCKS): unknown {
  const text = document.getElementById(LAZY_BLOCKS[block])?.textContent;
  return text ? (JSON.parse(text) as unknown) : null;
}

/**
 * The atlas with the person's imported courses merged in, so they show in the graph, table and
 * search as frameworks of their own (marked as user data). User data cannot be laid out at build
 * time: the user band is laid out here, with the NOS hub for ordering, and placed below the graph.
 */
export function withUserData(base: Atlas, fragments: DatasetFragment[]): Atlas {
  if (fragments.length === 0) return base;
  const dataset = mergeFragments(base.dataset, fragments);
  const userUnits = fragments.flatMap((f) => f.units);
  const userFrameworks = fragments.flatMap((f) => f.frameworks);
  const local = computeLayout({
    ...base.dataset,
    frameworks: [...base.dataset.frameworks.filter((f) => f.id === 'nos'), ...userFrameworks],
    units: [...base.dataset.units.filter((u) => u.framework === 'nos'), ...userUnits],
    links: fragments.flatMap((f) => f.links),
    qualifications: [],
  });
  const bottom = Math.max(0, ...Object.values(base.positions).map((p) => p.y));
  const top = Math.min(...userUnits.map((u) => local[u.id]?.y ?? 0));
  const positions = { ...base.positions };
  for (const u of userUnits) {
    const p = local[u.id];
    if (p) positions[u.id] = { x: p.x, y: p.y - top + bottom + 220 };
  }
  // Copies of the lists a course adds to, so the built atlas is left as it was.
  const courseLinks = fragments.flatMap((f) => f.links);
  const touched = new Set(courseLinks.flatMap((l) => [l.from, l.to]));
  const linksByUnit = new Map(
    [...base.linksByUnit].map(([id, list]) => [id, touched.has(id) ? [...list] : list]),
  );
  addLinksByUnit(linksByUnit, courseLinks);
  const userSearch = createSearchEngine(
    buildSearchDocuments({ ...dataset, frameworks: userFrameworks, units: userUnits, qualifications: [] }),
    { synonyms: dataset.synonyms },
  );
  const search: SearchEngine = {
    ...base.search,
    docs: [...base.search.docs, ...userSearch.docs],
    search(query, options) {
      const results = [...base.search.search(query, options), ...userSearch.search(query, options)];
      return results.sort((a, b) => b.score - a.score).slice(0, options?.limit ?? 20);
    },
    missingCode(query, options) {
      // A code the person's own course has is not missing.
      if (userSearch.search(query, { ...options, limit: 1 })[0]?.matched === 'code') return undefined;
      return base.search.missingCode(query, options);
    },
  };
  return {
    ...base,
    dataset,
    positions,
    unitsById: new Map(dataset.units.map((u) => [u.id, u])),
    frameworksById: new Map(dataset.frameworks.map((f) => [f.id, f])),
    linksByUnit,
    search,
  };
}
