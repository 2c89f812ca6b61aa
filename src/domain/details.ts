/** What the detail panel says about a unit, derived from the dataset (pure, testable). */
import { titleAtPlacement } from './caveats';
import { compareLinkStrength } from './coverage';
import type { Correction, Dataset, Link, Unit, UsageFact } from './model';
import { inRanges, unitNumber } from './rules';

export interface UnitFacts {
  kind: string;
  frameworkName: string;
  area?: string;
  qualifications: string[];
  usage: UsageFact[];
  corrections: Correction[];
}

export function describeUnit(dataset: Dataset, unit: Unit): UnitFacts {
  const framework = dataset.frameworks.find((f) => f.id === unit.framework);
  const area = unit.area ? dataset.areas.find((a) => a.letter === unit.area) : undefined;
  const qualifications = dataset.qualifications
    .filter((q) => q.framework === unit.framework)
    .filter((q) => {
      const allowed = q.rules.find((r) => r.type === 'allowedUnitRanges');
      return !allowed || inRanges(unitNumber(unit), allowed.ranges);
    })
    .map((q) => `${q.title} (${q.number})`);
  return {
    kind: framework?.kind ?? 'unknown',
    frameworkName: framework?.name ?? unit.framework,
    ...(area ? { area: `${area.letter} ${area.title}` } : {}),
    qualifications,
    usage: dataset.usageFacts.filter((f) => f.units.includes(unit.id)),
    corrections: dataset.corrections.filter((c) => c.records.includes(unit.id)),
  };
}

export interface LinkView {
  link: Link;
  otherId: string;
  otherIsUnit: boolean;
  otherCode: string;
  otherTitle: string;
  otherFramework: string;
}

/** Every link touching a unit, strongest first (published, curated, computed; then relation). */
export function linkedUnitsOf(dataset: Dataset, unitId: string): LinkView[] {
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const frameworks = new Map(dataset.frameworks.map((f) => [f.id, f]));
  return dataset.links
    .filter((l) => l.from === unitId || l.to === unitId)
    .sort(compareLinkStrength)
    .map((link) => {
      const otherId = link.from === unitId ? link.to : link.from;
      const other = units.get(otherId);
      const area = otherId.startsWith('area:') ? dataset.areas.find((a) => a.id === otherId) : undefined;
      return {
        link,
        otherId,
        otherIsUnit: !!other,
        otherCode: other?.code ?? area?.letter ?? otherId,
        otherTitle: other ? titleAtPlacement(other, link) : area ? `Functional area: ${area.title}` : '',
        otherFramework: other ? (frameworks.get(other.framework)?.shortName ?? other.framework) : 'NOS',
      };
    });
}
