/** The person specification as Markdown. Pure. */
import { caveatLine } from '../caveats';
import { markdownText } from '../escape';
import type { Basis } from '../model';
import { EVERYTHING, type DocumentDetail } from './detail';
import { levelNumber } from './levels';
import {
  standardLabel,
  type CoveringUnit,
  type SpecificationDocument,
  type SpecificationUnit,
} from './document';

export { markdownText };

const BASIS_LABEL: Record<Basis, string> = {
  published: 'published in the source',
  curated: 'curated, with a rationale',
  computed: 'computed from text similarity, not reviewed',
};

function coveringLine(c: CoveringUnit): string {
  const facts = [
    c.level !== undefined ? `level ${c.level}` : '',
    c.credits !== undefined ? `${c.credits} credits` : '',
    c.relation,
    c.score !== undefined ? `score ${c.score.toFixed(2)}` : '',
  ].filter(Boolean);
  return `${markdownText(c.frameworkName)} **${markdownText(c.code)}** ${markdownText(c.title)} (${facts.join(', ')})`;
}

function coverageMarkdown(u: SpecificationUnit, suggestions: boolean): string[] {
  const lines = ['**Qualification units that cover it**', ''];
  const computed = suggestions ? u.computedCoverage : [];
  if (u.curatedCoverage.length === 0 && computed.length === 0)
    lines.push(
      suggestions || u.computedCoverage.length === 0
        ? 'None found.'
        : 'None reviewed by hand; computed suggestions are left out unless asked for.',
      '',
    );
  if (u.curatedCoverage.length) {
    lines.push('Curated (reviewed by hand, with a rationale):', '');
    for (const c of u.curatedCoverage)
      lines.push(`- ${coveringLine(c)}${c.rationale ? ` – ${markdownText(c.rationale)}` : ''}`);
    lines.push('');
  }
  if (computed.length) {
    lines.push('Computed (text similarity only, not reviewed; treat as leads):', '');
    for (const c of computed) lines.push(`- ${coveringLine(c)}`);
    if (u.computedHidden) lines.push(`- …and ${u.computedHidden} weaker computed suggestions`);
    lines.push('');
  }
  return lines;
}

function unitMarkdown(u: SpecificationUnit, levelN: number, detail: DocumentDetail): string[] {
  const lines: string[] = [];
  lines.push(`### ${markdownText(u.code)} ${markdownText(u.title)}`, '');
  const meta = [
    u.mark === 'M' ? `Mandatory at level ${levelN}` : `Optional at level ${levelN}`,
    detail.full && u.area ? `Functional area ${u.area.letter}: ${markdownText(u.area.title)}` : '',
  ].filter(Boolean);
  lines.push(`*${meta.join(' · ')}*`, '');
  lines.push(markdownText(u.sentence.text), '');
  for (const fact of detail.full ? u.usage : [])
    lines.push(
      `> ${markdownText(fact.text)} (MSC report 2006/07${fact.sector ? `, about another sector: ${markdownText(fact.sector)}` : ''})`,
      '',
    );
  lines.push('**Specialist and partnership standards** (Topss social-care map)', '');
  if (u.standards.length === 0) lines.push(markdownText(u.noStandardsNote ?? 'None.'), '');
  for (const group of u.standards) {
    lines.push(`- **${markdownText(group.shortName)}** – ${markdownText(group.name)}`);
    for (const s of group.standards) {
      const where = [s.column ? `${s.column} column` : '', BASIS_LABEL[s.basis]].filter(Boolean).join(', ');
      lines.push(`  - ${markdownText(standardLabel(s))} *(${where})*`);
      if (s.caveat) lines.push(`    - ⚠ ${markdownText(caveatLine(s.caveat))}`);
    }
  }
  if (u.standards.length) lines.push('');
  if (detail.full) lines.push(...coverageMarkdown(u, detail.suggestions));
  if (u.yourCourses.length) {
    lines.push('**Your own courses** (your data: your claims, not checked by Standards Atlas)', '');
    for (const course of u.yourCourses)
      for (const m of course.modules)
        lines.push(
          `- ${markdownText(course.name)} **${markdownText(m.code)}** ${markdownText(m.title)} (${m.relation})`,
        );
    lines.push('');
  }
  return lines;
}

export function specificationToMarkdown(
  doc: SpecificationDocument,
  generated?: string,
  detail: DocumentDetail = EVERYTHING,
): string {
  const n = levelNumber(doc.level);
  const lines: string[] = [
    `# ${markdownText(doc.name)}`,
    '',
    `**Person specification: ${markdownText(doc.levelTitle)}**`,
    '',
    `${markdownText(doc.requirement.text)}. Status: ${markdownText(doc.status.line)}.`,
    '',
  ];
  // The status line already says the first problem; the list says the rest.
  const toDo = doc.status.check.problems.filter((p) => p.message !== doc.status.line);
  if (!doc.status.complete && toDo.length) {
    for (const p of toDo) lines.push(`- Still to do: ${markdownText(p.message)}`);
    lines.push('');
  }
  if (doc.template)
    lines.push(
      `*Started from the suggestion “${markdownText(doc.template.role)}”.* ${markdownText(doc.template.rationale)}`,
      '',
    );
  lines.push('| Status | Code | Unit | Functional area |', '|---|---|---|---|');
  for (const u of [...doc.mandatory, ...doc.optional])
    lines.push(
      `| ${u.mark === 'M' ? 'Mandatory' : 'Optional'} | ${markdownText(u.code)} | ${markdownText(u.title)} | ${u.area ? `${u.area.letter} ${markdownText(u.area.title)}` : ''} |`,
    );
  lines.push('', `## Mandatory units at level ${n}`, '');
  for (const u of doc.mandatory) lines.push(...unitMarkdown(u, n, detail));
  lines.push(`## Optional units chosen`, '');
  if (doc.optional.length === 0) lines.push('None chosen yet.', '');
  for (const u of doc.optional) lines.push(...unitMarkdown(u, n, detail));
  lines.push('---', '', 'Sources:', '');
  for (const s of doc.sources) lines.push(`- ${markdownText(s)}`);
  lines.push(
    '',
    `Made with Standards Atlas${generated ? ` on ${markdownText(generated)}` : ''}. Links marked computed are text-similarity suggestions, not published mappings.`,
    '',
  );
  return lines.join('\n');
}
