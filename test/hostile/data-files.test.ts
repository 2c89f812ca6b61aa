/**
 * Hostile-input corpus: data files. Every case is a damaged or malicious copy of `data/`; each must
 * give a few plain problems naming the file at fault, never a crash or a silent loss.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadDataset, type DataFile } from '../../src/domain/dataset';
import { topLevelKeys } from '../../src/domain/json-keys';
import { DEFAULT_DATA_DIR, loadFullDataset } from '../../src/node/data-files';

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}
const problemsIn = (dir: string) => loadFullDataset(dir).problems.map(formatProblem);
const nosText = () => readFileSync(join(DEFAULT_DATA_DIR, 'nos.json'), 'utf8');

describe('sections named after Object properties', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'a section named "%s" is an unknown section, not a crash',
    (name) => {
      const dir = copyOfData();
      writeFileSync(join(dir, 'extra.json'), `{ "${name}": [{ "id": "x" }] }`);
      const problems = problemsIn(dir);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        new RegExp(`extra\\.json › ${name}: unknown section "${name}"; expected one of frameworks, `),
      );
    },
  );

  it('a record named "__proto__" inside a section is checked like any other record', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'extra.json'), '{ "units": [ { "__proto__": { "id": "nos:A1" } } ] }');
    const problems = problemsIn(dir);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => /extra\.json › units\[0\]/.test(p))).toBe(true);
  });
});

describe('a record duplicated by a new file', () => {
  it('a NOS unit copied into a new file that sorts first is blamed on the new file, naming nos.json', () => {
    const dir = copyOfData();
    const a1 = (JSON.parse(nosText()) as { units: { id: string }[] }).units.find((u) => u.id === 'nos:A1');
    writeFileSync(join(dir, 'aaa-my-additions.json'), JSON.stringify({ units: [a1] }));
    const problems = problemsIn(dir);
    expect(problems).toEqual([
      expect.stringMatching(
        /aaa-my-additions\.json › units\[0\] \(nos:A1\) › id: duplicate unit id "nos:A1"; it is already defined in .*nos\.json › units\[0\] \(nos:A1\)$/,
      ),
    ]);
  });

  it('without a framework file to tell, the newer file is blamed, naming the older one', () => {
    const file = (name: string, modified: number): DataFile => ({
      name,
      modified,
      text: JSON.stringify({
        usageFacts: [
          {
            id: 'fact-x',
            kind: 'most-imported',
            units: [],
            text: 'a usage fact',
            source: { document: '001_fa7db7218e08b3b4.txt', locator: 'para 3.16' },
          },
        ],
      }),
    });
    const messages = (files: DataFile[]) =>
      loadDataset(files)
        .problems.filter((p) => /duplicate usage fact/.test(p.message))
        .map(formatProblem);
    // b.json is read second but is the older file: a.json introduced the copy.
    expect(messages([file('a.json', 2000), file('b.json', 1000)])).toEqual([
      expect.stringMatching(
        /^a\.json › usageFacts\[0\] \(fact-x\) › id: duplicate usage fact id "fact-x"; it is already defined in b\.json › usageFacts\[0\]/,
      ),
    ]);
    expect(messages([file('a.json', 1000), file('b.json', 2000)])).toEqual([
      expect.stringMatching(/^b\.json › .*already defined in a\.json/),
    ]);
  });

  it('the newer file is blamed when read from disk too (modification times)', () => {
    const dir = copyOfData();
    const proqual = JSON.parse(readFileSync(join(dir, 'proqual.json'), 'utf8'));
    const corrections = JSON.parse(readFileSync(join(dir, 'corrections-proqual.json'), 'utf8'));
    writeFileSync(join(dir, 'zz-notes.json'), JSON.stringify({ corrections: [corrections.corrections[0]] }));
    // Make zz-notes.json the older file and corrections-proqual.json the newer, edited one.
    utimesSync(join(dir, 'zz-notes.json'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(proqual).toBeTruthy();
    const problems = problemsIn(dir);
    expect(problems).toEqual([
      expect.stringMatching(
        /corrections-proqual\.json › corrections\[0\].*already defined in .*zz-notes\.json/,
      ),
    ]);
  });
});

describe('missing or empty data', () => {
  it('an empty data folder says there is no data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-empty-'));
    expect(problemsIn(dir)).toEqual([
      expect.stringMatching(/there is no data: the folder has no \.json data files/),
    ]);
  });

  it('a folder that does not exist says so', () => {
    expect(problemsIn(join(tmpdir(), 'atlas-no-such-folder-x9'))).toEqual([
      expect.stringMatching(/there is no data: the folder does not exist/),
    ]);
  });

  it('a missing nos.json is one plain problem naming nos.json, not one line per reference', () => {
    const dir = copyOfData();
    rmSync(join(dir, 'nos.json'));
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /nos\.json: missing: no file defines the generic NOS .* \d+ references to it \(in .*curated-links-ilm\.json/,
    );
  });

  it('a data folder with only other files still says nos.json is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-only-'));
    cpSync(join(DEFAULT_DATA_DIR, 'synonyms.json'), join(dir, 'synonyms.json'));
    expect(problemsIn(dir)).toEqual([
      expect.stringMatching(/nos\.json: missing: no file defines the generic NOS/),
    ]);
  });
});

describe('encodings and JSON quirks', () => {
  it('a UTF-8 byte-order mark at the start of a file is tolerated', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'nos.json'), `\uFEFF${nosText()}`);
    expect(problemsIn(dir)).toEqual([]);
    expect(loadFullDataset(dir).dataset.units.filter((u) => u.framework === 'nos')).toHaveLength(56);
  });

  it('a section written twice in one file is reported, naming the section', () => {
    const dir = copyOfData();
    const text = nosText().replace(/^\{/, '{ "units": [],');
    expect(text).toMatch(/"units"[\s\S]*"units"/);
    writeFileSync(join(dir, 'nos.json'), text);
    expect(problemsIn(dir)).toEqual([
      expect.stringMatching(
        /nos\.json › units: section "units" appears more than once in this file; only the last one would be read/,
      ),
    ]);
  });

  it('the key scanner sees only top-level keys, not keys in nested objects or inside strings', () => {
    expect(topLevelKeys('{"a": {"units": 1}, "b": "\\"units\\": [", "c": [{"a": 2}], "a": 0}')).toEqual([
      'a',
      'b',
      'c',
      'a',
    ]);
    expect(topLevelKeys('[{"a": 1}, "a"]')).toEqual([]);
  });

  it.each([
    ['not JSON', '{ "units": [ '],
    ['a JSON array', '[1, 2]'],
    ['JSON null', 'null'],
    ['binary bytes', '\u0000\u0001PK\u0003'],
    ['a section that is not an array', '{ "units": { "0": {} } }'],
  ])('%s in one file is a problem with that file, the rest still checked', (_label, text) => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'extra.json'), text);
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/extra\.json/);
  });
});
