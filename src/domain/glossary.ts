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
    text:
      'National Occupational Standards: statements of what a person does at work when doing a job well. ' +
      'The Management and Leadership NOS (Management Standards Centre, 2004, updated 2008) has 56 units, ' +
      'A1 to F12, in six areas such as "Providing direction" and "Working with people".',
  },
  'mandatory-optional': {
    id: 'mandatory-optional',
    term: 'Mandatory and optional (M and O)',
    text:
      'At each level some NOS units are mandatory (M): everyone at that level needs them. Others are ' +
      'optional (O): you choose a set number of them, for example 3 at level 4. A unit marked at neither ' +
      'is not part of that level.',
  },
  level: {
    id: 'level',
    term: 'Level',
    text:
      'How demanding the work is. The NOS are set out for N/SVQ levels 2 to 5; the higher the level, ' +
      'the wider the responsibility. Qualification units have a level too (ILM and ProQual units are at ' +
      'levels 3, 4 and 5).',
  },
  'topss-map': {
    id: 'topss-map',
    term: 'The Topss map',
    text:
      'The "Mapping of leadership and management standards for social care" by Topss England (the ' +
      'training organisation for social care at the time). It sets standards written for social care ' +
      'and related work beside each management NOS unit, as a basis for person specifications. The app ' +
      'shows them as the standards placed beside a unit.',
  },
  'specialist-partnership': {
    id: 'specialist-partnership',
    term: 'Specialist and partnership standards',
    text:
      'Specialist standards were developed for social care, social work and other relevant sectors (for ' +
      'example HSC: Health and Social Care, SW: Social Work, YJ: Youth Justice). Partnership working ' +
      'standards come from across a range of relevant sectors (for example PQCC: Post Qualifying Child ' +
      'Care). The Topss map lists them in two columns.',
  },
  'qualification-unit': {
    id: 'qualification-unit',
    term: 'Qualification unit',
    text:
      'A unit of a qualification you can study for: the ProQual Level 4 NVQ Diploma in Management ' +
      '(601/4759/3) or the ILM Level 4 Award, Certificate and Diploma in Leadership and Management ' +
      '(8605). Each has credits and rules about which units you must take.',
  },
  basis: {
    id: 'basis',
    term: 'Published, reviewed by hand, suggested',
    text:
      'Why two units are shown as linked. Published (solid line): printed in a source document, such ' +
      'as the Topss map. Curated, or reviewed by hand (dashed): our own judgement, always with a written ' +
      'reason. Computed, or suggested (dotted): the wording of the two units is similar; nobody has ' +
      'checked it, so treat it as a hint only.',
  },
  relation: {
    id: 'relation',
    term: 'Exact, close, broad, narrow, related',
    text:
      'How much two linked units overlap. Exact: they cover the same thing. Close: nearly the same. ' +
      'Broad: the NOS unit covers more than the other one. Narrow: the NOS unit covers less. Related: ' +
      'they deal with the same subject without covering the same ground (the Topss map only says this much).',
  },
  report: {
    id: 'report',
    term: 'MSC report 2006/07',
    text:
      'The Management Standards Centre’s report on how the management NOS were used in 2006/07: which ' +
      'units other sectors took into their own standards most often, and the nine units added in the ' +
      '2006/07 review (D8–D12, E8–E11).',
  },
  sectors: {
    id: 'sectors',
    term: 'Sectors named in the report',
    text:
      'The report names the bodies that look after training in other lines of work (sector skills ' +
      'councils). Skillset: film, TV and creative media, including photo imaging. Skillsmart Retail: ' +
      'shops, including retail buyers and merchandisers. Lifelong Learning UK: colleges, libraries and ' +
      'community learning. Facts about these sectors say how popular a unit is, not how it applies in care.',
  },
  imported: {
    id: 'imported',
    term: 'Used by another sector (imported)',
    text:
      'Another sector took the unit into its own set of standards, word for word or adapted. The more ' +
      'sectors did so, the more widely the unit is recognised. Units F5–F8 were themselves taken from the ' +
      'Customer Service standards (*) and E5 from ENTO (**).',
  },
  uncoded: {
    id: 'uncoded',
    term: 'Framework not given',
    text:
      'The Topss map prints one code, N1 ("Manage systems for information, knowledge and ' +
      'communications", beside E1), without saying which framework it comes from. The app does not ' +
      'guess: it keeps it under "Framework not given" (called "Uncoded" before).',
  },
};
