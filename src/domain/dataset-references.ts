/** Checks across records and files: duplicate ids, references to unknown records or missing frameworks. */
import type { Dataset } from './model';
import type { Problem } from './dataset';

/** Where each record came from, so cross-reference problems can name the file too. */
export interface Origin {
  file: string;
  record: string;
  modified?: number | undefined;
}

export const fileProblem = (file: string, message: string): Problem => ({
  file,
  record: '',
  field: '',
  message,
});

/** Of two records with one id, which one was there first and which one a later edit added. */
function originalAndCopy<T extends object>(
  a: T,
  b: T,
  origins: Map<object, Origin>,
  homeFile: string | undefined,
): [T, T] {
  const oa = origins.get(a);
  const ob = origins.get(b);
  if (!oa || !ob || oa.file === ob.file) return [a, b];
  // A unit's home is the file that defines its framework: a copy elsewhere is the newcomer.
  if (homeFile === oa.file) return [a, b];
  if (homeFile === ob.file) return [b, a];
  if (oa.modified !== undefined && ob.modified !== undefined && oa.modified !== ob.modified)
    return oa.modified > ob.modified ? [b, a] : [a, b];
  return [a, b];
}

export function crossReferenceProblems(
  dataset: Dataset,
  origins: Map<object, Origin>,
  invalidIds: Set<string>,
  folder: string,
): Problem[] {
  const problems: Problem[] = [];
  const at = (record: object, field: string, message: string) => {
    const origin = origins.get(record) ?? { file: '(unknown)', record: '' };
    problems.push({ file: origin.file, record: origin.record, field, message });
  };
  const definedFrameworks = new Set(dataset.frameworks.map((f) => f.id));
  const frameworkFile = new Map(dataset.frameworks.map((f) => [f.id, origins.get(f)?.file]));
  const duplicates = <T extends { id: string }>(records: T[], what: string, home?: (record: T) => string) => {
    const first = new Map<string, T>();
    for (const record of records) {
      const earlier = first.get(record.id);
      if (!earlier) {
        first.set(record.id, record);
        continue;
      }
      const [original, copy] = originalAndCopy(
        earlier,
        record,
        origins,
        home && frameworkFile.get(home(record)),
      );
      const where = origins.get(original);
      const place = where
        ? where.file === origins.get(copy)?.file
          ? where.record
          : `${where.file} › ${where.record}`
        : '';
      at(
        copy,
        'id',
        `duplicate ${what} id "${record.id}"${place ? `; it is already defined in ${place}` : ''}`,
      );
    }
  };
  duplicates(dataset.frameworks, 'framework');
  duplicates(dataset.units, 'unit', (u) => u.framework);
  duplicates(dataset.qualifications, 'qualification', (q) => q.framework);
  duplicates(dataset.usageFacts, 'usage fact');
  duplicates(dataset.corrections, 'correction');

  // A reference into a framework no file defines (nos.json missing, say) is one problem, said once,
  // not one line per reference.
  const missing = new Map<string, { count: number; files: Set<string> }>();
  const intoMissingFramework = (record: object, id: string) => {
    const framework = id.startsWith('area:') ? (dataset.areas.length ? undefined : 'nos') : id.split(':')[0];
    if (framework === undefined || (id.includes(':') === false && !id.startsWith('area:'))) return false;
    if (definedFrameworks.has(framework)) return false;
    const entry = missing.get(framework) ?? { count: 0, files: new Set<string>() };
    entry.count++;
    entry.files.add(origins.get(record)?.file ?? '(unknown)');
    missing.set(framework, entry);
    return true;
  };
  const unknown = (record: object, field: string, id: string, message: string) => {
    if (!intoMissingFramework(record, id)) at(record, field, message);
  };

  const frameworkIds = new Set([...dataset.frameworks.map((f) => f.id), ...invalidIds]);
  const unitIds = new Set([...dataset.units.map((u) => u.id), ...invalidIds]);
  const areaIds = new Set(dataset.areas.map((a) => a.id));

  for (const unit of dataset.units) {
    if (!frameworkIds.has(unit.framework))
      unknown(unit, 'framework', `${unit.framework}:`, `unknown framework "${unit.framework}"`);
    const expectedPrefix = `${unit.framework}:`;
    if (!unit.id.startsWith(expectedPrefix))
      at(unit, 'id', `must start with "${expectedPrefix}" (its framework)`);
    if (unit.title === '' && !unit.note)
      at(unit, 'title', 'is empty; a unit without a title in the source needs a note saying so');
  }
  for (const q of dataset.qualifications) {
    if (!frameworkIds.has(q.framework))
      unknown(q, 'framework', `${q.framework}:`, `unknown framework "${q.framework}"`);
    q.rules.forEach((rule, i) => {
      if (
        'group' in rule &&
        !dataset.units.some((u) => u.framework === q.framework && u.group === rule.group)
      )
        at(q, `rules.${i}.group`, `no unit of ${q.framework} is in group "${rule.group}"`);
    });
  }
  const linkKeys = new Set<string>();
  dataset.links.forEach((link) => {
    if (!unitIds.has(link.from)) unknown(link, 'from', link.from, `unknown unit "${link.from}"`);
    const toKnown = link.to.startsWith('area:') ? areaIds.has(link.to) : unitIds.has(link.to);
    if (!toKnown)
      unknown(link, 'to', link.to, `unknown ${link.to.startsWith('area:') ? 'area' : 'unit'} "${link.to}"`);
    if (link.basis === 'curated' && !link.rationale)
      at(link, 'rationale', 'a curated link needs a one-sentence rationale');
    if (link.basis === 'computed' && link.score === undefined)
      at(link, 'score', 'a computed link needs its similarity score');
    if (link.basis === 'published' && !link.source)
      at(link, 'source', 'a published link must say where it is published');
    if (link.basis !== 'computed' && link.score !== undefined)
      at(link, 'score', 'only computed links carry a score');
    const key = `${link.from}>${link.to}>${link.basis}>${link.context ?? ''}>${link.source?.line ?? ''}`;
    if (linkKeys.has(key)) at(link, '', `duplicate link ${link.from} → ${link.to} (${link.basis})`);
    linkKeys.add(key);
  });
  for (const fact of dataset.usageFacts) {
    fact.units.forEach((id, i) => {
      if (!unitIds.has(id)) unknown(fact, `units.${i}`, id, `unknown unit "${id}"`);
    });
  }
  const recordIds = new Set([
    ...unitIds,
    ...dataset.frameworks.map((f) => f.id),
    ...dataset.qualifications.map((q) => q.id),
    ...dataset.usageFacts.map((f) => f.id),
  ]);
  for (const correction of dataset.corrections) {
    correction.records.forEach((id, i) => {
      if (!recordIds.has(id)) unknown(correction, `records.${i}`, id, `unknown record "${id}"`);
    });
  }
  for (const template of dataset.roleTemplates) {
    template.optionalUnits.forEach((id, i) => {
      const unit = dataset.units.find((u) => u.id === id);
      if (!unit) unknown(template, `optionalUnits.${i}`, id, `unknown unit "${id}"`);
      else if (unit.levels?.[template.level] !== 'O')
        at(template, `optionalUnits.${i}`, `${unit.code} is not optional at ${template.level}`);
    });
    template.basedOn.forEach((id, i) => {
      if (!recordIds.has(id)) unknown(template, `basedOn.${i}`, id, `unknown record "${id}"`);
    });
  }
  if (!definedFrameworks.has('nos') && !missing.has('nos'))
    missing.set('nos', { count: 0, files: new Set() });
  for (const [framework, { count, files }] of missing) {
    const referred =
      count > 0
        ? ` ${count} reference${count === 1 ? '' : 's'} to it (in ${[...files].join(', ')}) could not be checked.`
        : '';
    problems.push(
      framework === 'nos'
        ? fileProblem(
            `${folder}nos.json`,
            `missing: no file defines the generic NOS (framework "nos", its areas and units A1–F12), which every other file refers to.${referred}`,
          )
        : fileProblem(
            '(data folder)',
            `no file defines framework "${framework}" (is its file missing?).${referred}`,
          ),
    );
  }
  return problems;
}
