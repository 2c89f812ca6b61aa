/** One encoding, two consumers: the cytoscape style and the CSS read the same colours. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  encodingCssVariables,
  KIND_COLOURS,
  MATRIX_INK,
  RELATION_COLOURS,
} from '../../src/ui/common/encoding';
import { graphStyle, sceneElements } from '../../src/ui/explorer/graph-style';

const UI = join(import.meta.dirname, '..', '..', 'src', 'ui');
const cssFiles = [
  join(UI, 'styles.css'),
  ...readdirSync(UI, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(UI, d.name))
        .filter((f) => f.endsWith('.css'))
        .map((f) => join(UI, d.name, f)),
    ),
];
const css = cssFiles.map((f) => readFileSync(f, 'utf8')).join('\n');

describe('the shared encoding', () => {
  it('defines every kind and relation custom property the CSS uses', () => {
    const vars = encodingCssVariables();
    const used = new Set([...css.matchAll(/var\((--(?:kind|relation|graph)-[a-z-]+)\)/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(vars, name).toHaveProperty([name]);
  });

  it('gives CSS badges and graph nodes the same colour for each kind and relation', () => {
    const vars = encodingCssVariables();
    expect(vars['--kind-qualification']).toBe(KIND_COLOURS.qualification);
    expect(vars['--relation-narrow']).toBe(RELATION_COLOURS.narrow);
    expect(css).toMatch(/\.kind-qualification \{\s*background: var\(--kind-qualification\);/);
    expect(css).toMatch(/\.relation-narrow \{\s*background: var\(--relation-narrow\);/);
    const [node, edge] = sceneElements({
      nodes: [
        {
          id: 'ilm:8605-409',
          role: 'unit',
          label: '8605-409',
          title: 'Understanding the business environment',
          kind: 'qualification',
          position: { x: 0, y: 0 },
          width: 52,
          height: 22,
        },
      ],
      edges: [
        {
          id: 'e1',
          source: 'ilm:8605-409',
          target: 'nos:B6',
          aggregate: false,
          basis: 'curated',
          relation: 'narrow',
        },
      ],
    }) as unknown as { data: { colour: string } }[];
    expect(node!.data.colour).toBe(KIND_COLOURS.qualification);
    expect(edge!.data.colour).toBe(RELATION_COLOURS.narrow);
    // Every colour in the cytoscape style is one of the encoding's values, none written there.
    const encoded = new Set(Object.values(encodingCssVariables()));
    for (const colour of JSON.stringify(graphStyle).match(/#[0-9a-f]{6}/gi) ?? [])
      expect(encoded).toContain(colour);
  });

  it('keeps colours in the CSS as tokens: a literal only where styles.css defines a token', () => {
    const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i;
    const literals = cssFiles.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file.slice(UI.length + 1)}:${i + 1}`, line }))
        .filter(
          ({ line, where }) => COLOUR.test(line) && !(where.startsWith('styles.css:') && /^\s*--/.test(line)),
        )
        .map(({ where, line }) => `${where} ${line.trim()}`),
    );
    expect(literals).toEqual([]);
  });

  it('draws the coverage matrix with the page token of the same meaning', () => {
    const styles = readFileSync(join(UI, 'styles.css'), 'utf8');
    const token = (name: string) => styles.match(new RegExp(`\\s${name}: (#[0-9a-f]+);`))?.[1];
    expect(MATRIX_INK.paper).toBe(token('--surface'));
    expect(MATRIX_INK.text).toBe(token('--ink'));
    expect(MATRIX_INK.muted).toBe(token('--muted'));
    expect(MATRIX_INK.faint).toBe(token('--subtle'));
    expect(MATRIX_INK.gap).toBe(token('--bad'));
    expect(MATRIX_INK.gapGround).toBe(token('--bad-bg'));
    expect(MATRIX_INK.gapLine).toBe(token('--bad-line'));
    expect(MATRIX_INK.coveredGround).toBe(token('--panel'));
    expect(MATRIX_INK.cellLine).toBe(token('--line-soft'));
    expect(MATRIX_INK.areaText).toBe(token('--accent-dark'));
    expect(MATRIX_INK.areaGround).toBe(encodingCssVariables()['--graph-nos-ground']);
  });

  it('defines every custom property the CSS reads', () => {
    const defined = new Set([
      ...[...css.matchAll(/(--[a-z0-9-]+):/g)].map((m) => m[1]!),
      ...Object.keys(encodingCssVariables()),
    ]);
    const used = [...css.matchAll(/var\((--[a-z0-9-]+)[,)]/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
  });
});
