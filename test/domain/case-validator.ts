/**
 * A real Draft 4 JSON-schema validator for CASE packages: ajv (draft-04 class) with format checks on,
 * against the two vendored schemas (test/fixtures/case/README.md says where they come from).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../fixtures/case/${name}`, import.meta.url)), 'utf8'),
  ) as object;

function validatorFor(schema: object) {
  // strictSchema off: OpenSALT's schema uses `additionalProperties: { CFDocumentURI: … }`, which a strict
  // compiler refuses as an unknown keyword (it means "any extra property"). Formats stay on.
  const ajv = new Ajv04({ allErrors: true, strictSchema: false, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  });
  return ajv.compile(schema);
}

export const CASE_SCHEMAS = {
  opensalt: validatorFor(fixture('opensalt-cfpackage-schema.json')),
  ims: validatorFor(fixture('ims-case-v1p0-cfpackage.schema.json')),
};

function describeError(e: ErrorObject): string {
  return `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`;
}

/** Errors of `pkg` against one schema, readable ("/CFItems/0 must NOT have additional properties …"). */
export function caseSchemaErrors(schema: keyof typeof CASE_SCHEMAS, pkg: unknown): string[] {
  const validate = CASE_SCHEMAS[schema];
  return validate(pkg) ? [] : (validate.errors ?? []).slice(0, 20).map(describeError);
}
