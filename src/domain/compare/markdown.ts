/** The comparison as a readable Markdown report. */
import { markdownText } from '../escape';
import { caveatLine } from '../caveats';
import { CONFIDENCE_LABEL } from '../confidence';
import type { Dataset, Unit } from '../model';
import type { Comparison, HubStep } from './sides';

/** Names and titles (a course's module titles are anyone's text) as inline Markdown. */
const cell = markdownText;

function unitLabel(units: Map<string, Unit>, id: string): string {
  const unit = units.get(id);
  if (!unit) return id;
  return unit.title ? `${unit.code} ${unit.title}` : unit.code;
}

function stepLabel(step: HubStep): string {
  const basis = step.origin === 'user' ? 'your claim' : step.basis;
  const label = `${step.relation}, ${basis}${step.score !== undefined ? ` ${step.score}` : ''}`;
  return step.caveat ? `${label} ⚠ ${cell(caveatLine(step.caveat))}` : label;
}

function optionsLine(c: Comparison): string {
  const { minBasis, minRelation, minScore, minConfidence } = c.options;
  const computed = minBasis === 'computed' ? `, computed links ${CONFIDENCE_LABEL[minConfidence]}` : '';
  return `Links counted: basis ${minBasis} or stronger, relation ${minRelation} or stronger, score ≥ ${minScore}${computed}.`;
}

function areaTable(c: Comparison): string[] {
  return [
    `| Area | Shared NOS units | Only ${cell(c.x.label)} | Only ${cell(c.y.label)} |`,
    '| --- | ---: | ---: | ---: |',
    ...c.areas.map(
      (a) => `| ${a.area} ${cell(a.title)} | ${a.shared.length} | ${a.onlyX.length} | ${a.onlyY.length} |`,
    ),
  ];
}

function pairTable(c: Comparison, units: Map<string, Unit>): string[] {
  if (c.pairs.length === 0) return ['No NOS unit is reached by both sides.'];
  return [
    `| NOS unit | ${cell(c.x.label)} | Link | ${cell(c.y.label)} | Link | Weakest |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...c.pairs.map((p) => {
      const cells = [
        cell(unitLabel(units, p.via)),
        cell(unitLabel(units, p.x)),
        stepLabel(p.path[0]),
        cell(unitLabel(units, p.y)),
        stepLabel(p.path[1]),
        `${p.weakestRelation}, ${p.weakestBasis}`,
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

function bulletList(ids: string[], units: Map<string, Unit>): string[] {
  return ids.length === 0 ? ['(none)'] : ids.map((id) => `- ${cell(unitLabel(units, id))}`);
}

/** A readable report: area summary, the shared pairs, what only one side reaches, and what reaches nothing. */
export function comparisonToMarkdown(c: Comparison, dataset: Dataset): string {
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const x = cell(c.x.label);
  const y = cell(c.y.label);
  const lines = [
    `# ${x} compared with ${y} through the NOS`,
    '',
    optionsLine(c),
    `${c.shared.length} NOS units are reached by both, ${c.onlyX.nos.length} only by ${x}, ` +
      `${c.onlyY.nos.length} only by ${y}; ${c.pairs.length} unit pairs.`,
    '',
    '## By functional area',
    '',
    ...areaTable(c),
    '',
    '## Pairs through a shared NOS unit',
    '',
    ...pairTable(c, units),
    '',
    `## NOS units reached only by ${x}`,
    '',
    ...bulletList(c.onlyX.nos, units),
    '',
    `## NOS units reached only by ${y}`,
    '',
    ...bulletList(c.onlyY.nos, units),
    '',
    `## ${x} units sharing no NOS unit with ${y}`,
    '',
    ...bulletList(c.onlyX.units, units),
    '',
    `## ${y} units sharing no NOS unit with ${x}`,
    '',
    ...bulletList(c.onlyY.units, units),
    '',
    `## Units with no qualifying link`,
    '',
    `${x}:`,
    '',
    ...bulletList(c.unreached.x, units),
    '',
    `${y}:`,
    '',
    ...bulletList(c.unreached.y, units),
  ];
  return lines.join('\n') + '\n';
}
