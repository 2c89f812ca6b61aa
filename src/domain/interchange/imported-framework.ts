/**
 * An imported framework as the user's own saved data (saved-work kind "framework"): what is kept in
 * the browser, how it is checked when read back, and how it joins the atlas (a dataset fragment
 * marked `origin: 'user'`, never mixed with the published data).
 */
import { userFramework, type DatasetFragment } from '../course-import';
import type { Link, Unit } from '../model';
import type { ItemValidator } from '../saved';
import { BASES, RELATIONS } from '../vocabulary';
import type { ExternalReference, FrameworkImport } from './case-import';
import { MAX_CASE_ASSOCIATIONS, MAX_CASE_ITEMS } from './case-read';

export interface ImportedUnit {
  /** The unit id after `<frameworkId>:` (the code made safe for an id). */
  key: string;
  code: string;
  title: string;
  note?: string;
  outcomes?: Unit['outcomes'];
}

export interface ImportedLink {
  from: string;
  to: string;
  relation: Link['relation'];
  basis: Link['basis'];
}

/** A NOS unit the person claims for one of the framework's units (accepted from a suggestion, or picked). */
export interface FrameworkClaim {
  /** The unit's key (its id after `<frameworkId>:`). */
  unit: string;
  nos: string;
  relation: Link['relation'];
}

/** What is saved for an imported framework (the saved item's name is the framework's name). */
export interface ImportedFrameworkData {
  frameworkId: string;
  fileName: string;
  importedAt: string;
  kind: 'case';
  units: ImportedUnit[];
  links: ImportedLink[];
  externalReferences: ExternalReference[];
  /**
   * The person's own claims, made in the review of suggestions: kept apart from the file's links
   * (`links`), which are the file author's claims. Absent in frameworks saved before mapping existed.
   */
  claims: FrameworkClaim[];
}

const FRAMEWORK_ID = /^user-[a-z0-9-]{1,60}$/;
const KEY = /^[A-Za-z0-9][A-Za-z0-9./+-]{0,79}$/;
const ID = /^[a-z0-9][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9./+-]*$|^area:[A-F]$/;
const MAX_TEXT = 2000;
const NOS_ID = /^nos:[A-F]\d{1,2}$/;
export const FRAMEWORK_CLAIM_RATIONALE =
  'Your claim, accepted in the review of suggestions for your imported framework (user data), not checked by Standards Atlas';

/** The part of an import that is saved. Units keep their codes; ids are `<frameworkId>:<code>`. */
export function importedFrameworkData(result: FrameworkImport, importedAt: string): ImportedFrameworkData {
  const prefix = `${result.framework.id}:`;
  return {
    frameworkId: result.framework.id,
    fileName: result.framework.source.document,
    importedAt,
    kind: 'case',
    units: result.units.map((u) => ({
      key: u.id.slice(prefix.length),
      code: u.code,
      title: u.title,
      ...(u.note ? { note: u.note } : {}),
      ...(u.outcomes ? { outcomes: u.outcomes } : {}),
    })),
    links: result.links.map(({ from, to, relation, basis }) => ({ from, to, relation, basis })),
    externalReferences: result.externalReferences,
    claims: [],
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);
const str = (x: unknown, max = MAX_TEXT) => (typeof x === 'string' ? x.slice(0, max) : undefined);

function cleanOutcomes(value: unknown): Unit['outcomes'] | undefined {
  if (!Array.isArray(value)) return undefined;
  const outcomes = value.filter(isRecord).flatMap((o) => {
    const number = str(o.number, 10);
    const text = str(o.text);
    if (!number || !/^\d+$/.test(number) || !text) return [];
    const criteria = (Array.isArray(o.criteria) ? o.criteria : []).filter(isRecord).flatMap((c) => {
      const n = str(c.number, 12);
      const t = str(c.text);
      return n && /^\d+\.\d+[a-z]?$/.test(n) && t ? [{ number: n, text: t }] : [];
    });
    return [{ number, text, criteria }];
  });
  return outcomes.length > 0 ? outcomes : undefined;
}

/** Checks an imported framework read back from storage (it may have been edited or damaged). */
export const validateImportedFramework: ItemValidator<ImportedFrameworkData> = (data) => {
  if (!isRecord(data)) return { ok: false, reason: 'it is not an imported framework.' };
  const { frameworkId, fileName, importedAt, units, links, externalReferences, claims } = data;
  if (typeof frameworkId !== 'string' || !FRAMEWORK_ID.test(frameworkId))
    return { ok: false, reason: 'its identifier is damaged.' };
  if (!Array.isArray(units) || units.length === 0 || units.length > MAX_CASE_ITEMS)
    return { ok: false, reason: 'its list of units is damaged.' };
  const clean: ImportedUnit[] = [];
  for (const u of units) {
    if (
      !isRecord(u) ||
      typeof u.key !== 'string' ||
      !KEY.test(u.key) ||
      typeof u.code !== 'string' ||
      !u.code ||
      typeof u.title !== 'string'
    )
      return { ok: false, reason: 'one of its units is damaged.' };
    const note = str(u.note);
    const outcomes = cleanOutcomes(u.outcomes);
    clean.push({
      key: u.key,
      code: u.code.slice(0, 60),
      title: u.title.slice(0, MAX_TEXT),
      ...(note ? { note } : {}),
      ...(outcomes ? { outcomes } : {}),
    });
  }
  if (new Set(clean.map((u) => u.key)).size !== clean.length)
    return { ok: false, reason: 'two of its units have the same identifier.' };
  const own = new Set(clean.map((u) => `${frameworkId}:${u.key}`));
  const cleanLinks = (Array.isArray(links) ? links.slice(0, MAX_CASE_ASSOCIATIONS) : []).filter(
    (l): l is ImportedLink =>
      isRecord(l) &&
      typeof l.from === 'string' &&
      typeof l.to === 'string' &&
      ID.test(l.from) &&
      ID.test(l.to) &&
      (own.has(l.from) || own.has(l.to)) &&
      (RELATIONS as readonly unknown[]).includes(l.relation) &&
      (BASES as readonly unknown[]).includes(l.basis),
  );
  const references = (
    Array.isArray(externalReferences) ? externalReferences.slice(0, MAX_CASE_ASSOCIATIONS) : []
  )
    .filter(isRecord)
    .flatMap((r) => {
      const target = isRecord(r.target) ? r.target : {};
      const unit = str(r.unit, 200);
      if (!unit || !own.has(unit)) return [];
      return [
        {
          unit,
          associationType: str(r.associationType, 60) ?? '',
          outgoing: r.outgoing !== false,
          target: {
            identifier: str(target.identifier, 200) ?? '',
            uri: str(target.uri, 500) ?? '',
            title: str(target.title, 300) ?? '',
          },
        },
      ];
    });
  const keys = new Set(clean.map((u) => u.key));
  const seenClaims = new Set<string>();
  const cleanClaims = (Array.isArray(claims) ? claims.slice(0, MAX_CASE_ASSOCIATIONS) : []).filter(
    (c): c is FrameworkClaim =>
      isRecord(c) &&
      typeof c.unit === 'string' &&
      keys.has(c.unit) &&
      typeof c.nos === 'string' &&
      NOS_ID.test(c.nos) &&
      (RELATIONS as readonly unknown[]).includes(c.relation) &&
      !seenClaims.has(`${c.unit}>${c.nos}`) &&
      !!seenClaims.add(`${c.unit}>${c.nos}`),
  );
  return {
    ok: true,
    value: {
      frameworkId,
      fileName: str(fileName, 200) ?? '',
      importedAt: str(importedAt, 40) ?? new Date(0).toISOString(),
      kind: 'case',
      units: clean,
      links: cleanLinks.map(({ from, to, relation, basis }) => ({ from, to, relation, basis })),
      externalReferences: references,
      claims: cleanClaims.map(({ unit, nos, relation }) => ({ unit, nos, relation })),
    },
  };
};

/**
 * A saved imported framework as part of the dataset: its own framework and units, the file's links
 * whose other end the atlas knows (`known`), and the person's accepted claims (basis curated, like
 * a course's claims). Everything is marked `origin: 'user'`.
 */
export function importedFrameworkFragment(
  name: string,
  data: ImportedFrameworkData,
  known: Set<string>,
): DatasetFragment {
  const document = data.fileName || 'imported file';
  const date = data.importedAt.slice(0, 10);
  const framework = userFramework({
    id: data.frameworkId,
    name,
    description: `User data: a framework you imported from the CASE file "${document}" on ${date}. Its links are the file's claims, not checked by Standards Atlas.`,
    source: { document, locator: `imported ${date}` },
  });
  const units: Unit[] = data.units.map((u) => ({
    id: `${data.frameworkId}:${u.key}`,
    framework: data.frameworkId,
    code: u.code,
    title: u.title,
    source: { document, locator: `item ${u.code}` },
    ...(u.note ? { note: u.note } : {}),
    ...(u.outcomes ? { outcomes: u.outcomes } : {}),
  }));
  const own = new Set(units.map((u) => u.id));
  const links: Link[] = data.links
    .filter((l) => (own.has(l.from) || known.has(l.from)) && (own.has(l.to) || known.has(l.to)))
    .map((l) => ({
      ...l,
      rationale: `Claimed in the CASE file "${document}" you imported; not checked by Standards Atlas.`,
      origin: 'user' as const,
    }));
  const claims: Link[] = data.claims
    .filter((c) => known.has(c.nos))
    .map((c) => ({
      from: `${data.frameworkId}:${c.unit}`,
      to: c.nos,
      relation: c.relation,
      basis: 'curated' as const,
      rationale: FRAMEWORK_CLAIM_RATIONALE,
      origin: 'user' as const,
    }));
  return { frameworks: [framework], units, links: [...links, ...claims] };
}
