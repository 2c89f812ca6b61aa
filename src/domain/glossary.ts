/**
 * The words the app cannot avoid, explained for a care manager or trainer in a sentence or two.
 * One entry per term; the "?" beside a term on any screen opens its entry. Written from the
 * sources (document in `source`), not from the app's code.
 */
export interface GlossaryEntry {
  id: GlossaryId;
  /** The term as shown on screen. */
  term: string;
  /** What it means, in plain words. */
  text: string;
}

export const GLOSSARY_IDS = [
  'nos',
  'mandatory-optional',
  'level',
  'topss-map',
  'specialist-partnership',
  'qualification-unit',
  'basis',
  'relation',
  'report',
  'sectors',
  'imported',
  'uncoded',
] as const;
export type GlossaryId = (typeof GLOSSARY_IDS)[number];

export const GLOSSARY: Record<GlossaryId, GlossaryEntry> = {
  nos: {
    id: 'nos',
    term: 'NOS',
    text: 'National Occupational Standards: what a person does at work when doing a job well. The management and leadership NOS (2004, updated 2008) have 56 units, A1 to F12.',
  },
  'mandatory-optional': {
    id: 'mandatory-optional',
    term: 'Mandatory and optional (M, O)',
    text: 'At each level, mandatory (M) units are needed by everyone; from the optional (O) ones you choose a set number (3 at level 4). Other units are not part of that level.',
  },
  level: {
    id: 'level',
    term: 'Level',
    text: 'How demanding the work is: the NOS are set out for N/SVQ levels 2 to 5. ILM and ProQual units are at levels 3 to 5.',
  },
  'topss-map': {
    id: 'topss-map',
    term: 'The Topss map',
    text: "Topss England's mapping of leadership and management standards for social care: it sets social-care standards beside each NOS unit, as a basis for person specifications.",
  },
  'specialist-partnership': {
    id: 'specialist-partnership',
    term: 'Specialist and partnership standards',
    text: 'Specialist standards were written for social care and related work (HSC, SW, YJ…); partnership standards come from sectors social care works with (PQCC…). The Topss map lists them in two columns.',
  },
  'qualification-unit': {
    id: 'qualification-unit',
    term: 'Qualification unit',
    text: 'A unit of the ProQual Level 4 NVQ Diploma in Management or the ILM 8605 Award, Certificate and Diploma, with credits and rules on which units to take.',
  },
  basis: {
    id: 'basis',
    term: 'Published, curated, computed',
    text: 'Why two units are linked. Published (solid line): printed in a source. Curated (dashed): our judgement, with a written reason. Computed (dotted): similar wording only, a hint nobody has checked.',
  },
  relation: {
    id: 'relation',
    term: 'Exact, close, broad, narrow, related',
    text: 'How far two units overlap: exact, the same; close, nearly; broad, the NOS unit covers more; narrow, it covers less; related, the same subject (all the Topss map says).',
  },
  report: {
    id: 'report',
    term: 'MSC report 2006/07',
    text: "The Management Standards Centre's report on the NOS in 2006/07: which units other sectors took into their own standards, and the nine units added that year (D8–D12, E8–E11).",
  },
  sectors: {
    id: 'sectors',
    term: 'Sectors in the report',
    text: "Bodies that look after training in other work: Skillset (creative media, photo imaging), Skillsmart Retail (shops), Lifelong Learning UK (colleges). Their facts show a unit's reach, not its use in care.",
  },
  imported: {
    id: 'imported',
    term: 'Used by another sector',
    text: 'Another sector took the unit into its own standards ("imported" it). F5–F8 came from the Customer Service standards (*), E5 from ENTO (**).',
  },
  uncoded: {
    id: 'uncoded',
    term: 'Framework not given',
    text: 'One code in the Topss map, N1 (beside E1), is printed without its framework. The app does not guess; it files it under "Framework not given" (once "Uncoded").',
  },
};
