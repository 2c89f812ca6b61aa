/**
 * What search looks at: one document per unit, qualification and (non-qualification) framework,
 * with the fields a word may be found in, every spelling of its code, its level marks and the
 * kind of thing it is in a person's words ("NOS unit", "qualification unit").
 */
import type { Dataset, Framework, NosLevel, Unit } from '../model';
import { codeKey } from '../resolve';

export interface SearchDocument {
  id: string;
  /** "unit", or a group node: "framework" / "qualification". */
  type: 'unit' | 'framework' | 'qualification';
  /** What it is, in the users' words: "NOS unit", "specialist standard", "qualification unit"… */
  kind: string;
  framework: string;
  frameworkName: string;
  code: string;
  /** Every spelling of the code that should hit it exactly: "B6", "NOSB6", "HSCB1.2". */
  codeKeys: string[];
  title: string;
  summary: string;
  outcomes: string[];
  outcomeLabels: string[];
  criteria: string[];
  criterionLabels: string[];
  /** NOS units: M or O per N/SVQ level. */
  levels?: Partial<Record<NosLevel, 'M' | 'O'>>;
  /** Qualification units: the unit's level; qualifications: the level in their title. */
  level?: number;
}

/** Searchable fields, most important first, with how much a word found there counts. */
export const FIELDS = [
  { key: 'title', weight: 1 },
  { key: 'code', weight: 1 },
  { key: 'summary', weight: 0.62 },
  { key: 'outcomes', weight: 0.55 },
  { key: 'criteria', weight: 0.5 },
  { key: 'frameworkName', weight: 0.35 },
] as const;
export type FieldKey = (typeof FIELDS)[number]['key'];

export function searchWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** The kind of a unit as a person names it, from its framework's kind (and origin). */
export function unitKind(framework: Framework | undefined): string {
  if (!framework) return 'unit';
  // A course's module or an imported framework's unit: both are the person's own data.
  if (framework.origin === 'user') return 'your imported unit';
  switch (framework.kind) {
    case 'generic':
      return 'NOS unit';
    case 'specialist':
      return 'specialist standard';
    case 'partnership':
      return 'partnership standard';
    default:
      return 'qualification unit';
  }
}

export function buildSearchDocuments(dataset: Dataset): SearchDocument[] {
  const frameworks = new Map(dataset.frameworks.map((f) => [f.id, f]));
  const docs: SearchDocument[] = dataset.units.map((unit) =>
    unitDocument(unit, frameworks.get(unit.framework)),
  );
  for (const q of dataset.qualifications) {
    const level = /\blevel\s+(\d)\b/i.exec(q.title)?.[1];
    docs.push({
      ...emptyDocument,
      id: q.id,
      type: 'qualification',
      kind: 'qualification',
      framework: q.framework,
      frameworkName: frameworks.get(q.framework)?.name ?? q.framework,
      code: q.number,
      codeKeys: [codeKey(q.number), codeKey(q.id)],
      title: q.title,
      summary: q.rulesText,
      ...(level ? { level: Number(level) } : {}),
    });
  }
  for (const f of dataset.frameworks) {
    if (f.kind === 'qualification') continue;
    docs.push({
      ...emptyDocument,
      id: `framework:${f.id}`,
      type: 'framework',
      kind: 'framework',
      framework: f.id,
      frameworkName: f.name,
      code: f.shortName,
      codeKeys: [codeKey(f.shortName), codeKey(f.id)],
      title: f.name,
      summary: f.description ?? '',
    });
  }
  return docs;
}

function unitDocument(unit: Unit, framework: Framework | undefined): SearchDocument {
  const outcomes = unit.outcomes ?? [];
  return {
    id: unit.id,
    type: 'unit',
    kind: unitKind(framework),
    framework: unit.framework,
    frameworkName: framework ? `${framework.shortName} ${framework.name}` : unit.framework,
    code: unit.code,
    codeKeys: [
      ...new Set([
        codeKey(unit.code),
        ...(framework ? [codeKey(framework.shortName + unit.code), codeKey(framework.id + unit.code)] : []),
        ...(framework?.prefixes ?? []).map((p) => codeKey(p + unit.code)),
      ]),
    ],
    title: unit.title,
    summary: [unit.summary ?? '', ...(unit.variants ?? []).map((v) => v.text)].join(' ').trim(),
    outcomes: outcomes.map((o) => o.text),
    outcomeLabels: outcomes.map((o) => `learning outcome ${o.number}`),
    criteria: outcomes.flatMap((o) => o.criteria.map((c) => c.text)),
    criterionLabels: outcomes.flatMap((o) => o.criteria.map((c) => `assessment criterion ${c.number}`)),
    ...(unit.levels ? { levels: unit.levels } : {}),
    ...(unit.level ? { level: unit.level } : {}),
  };
}

const emptyDocument = { outcomes: [], outcomeLabels: [], criteria: [], criterionLabels: [] };

export function fieldTexts(doc: SearchDocument, key: FieldKey): string[] {
  const value = doc[key];
  return Array.isArray(value) ? value : [value];
}

/** Every distinct word of the documents, sorted: what typed words are matched against. */
export function vocabularyOf(docs: SearchDocument[]): string[] {
  const words = new Set<string>();
  for (const doc of docs)
    for (const field of FIELDS)
      for (const text of fieldTexts(doc, field.key)) searchWords(text).forEach((w) => words.add(w));
  return [...words].sort();
}

export function describeField(doc: SearchDocument, key: FieldKey, item: number): string {
  if (key === 'outcomes') return doc.outcomeLabels[item] ?? 'learning outcome';
  if (key === 'criteria') return doc.criterionLabels[item] ?? 'assessment criterion';
  if (key === 'frameworkName') return 'framework name';
  return key;
}
