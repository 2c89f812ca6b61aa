/** The loaded, indexed dataset the views share. Built once at start-up from the inlined bundle. */
import bundle from '@bundle';
import type { DataBundle } from '../domain/bundle';
import type { Dataset, Framework, Link, Qualification, Unit } from '../domain/model';
import { buildSearchDocuments, createSearchEngine, type SearchEngine } from '../domain/search';

export interface Atlas {
  dataset: Dataset;
  positions: DataBundle['positions'];
  unitsById: Map<string, Unit>;
  frameworksById: Map<string, Framework>;
  qualificationsById: Map<string, Qualification>;
  linksByUnit: Map<string, Link[]>;
  search: SearchEngine;
}

export function indexAtlas(data: DataBundle): Atlas {
  const { dataset } = data;
  const linksByUnit = new Map<string, Link[]>();
  for (const link of dataset.links) {
    for (const end of [link.from, link.to]) linksByUnit.set(end, [...(linksByUnit.get(end) ?? []), link]);
  }
  return {
    dataset,
    positions: data.positions,
    unitsById: new Map(dataset.units.map((u) => [u.id, u])),
    frameworksById: new Map(dataset.frameworks.map((f) => [f.id, f])),
    qualificationsById: new Map(dataset.qualifications.map((q) => [q.id, q])),
    linksByUnit,
    search: createSearchEngine(buildSearchDocuments(dataset), data.searchIndex),
  };
}

export function loadAtlas(): Atlas {
  return indexAtlas(bundle as unknown as DataBundle);
}
