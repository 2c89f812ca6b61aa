/**
 * Person specifications: a NOS level plus the optional units chosen for a post. Everything else
 * (the mandatory units, each unit's summary, the specialist and partnership standards the Topss
 * social-care map lines up with it, the qualification units that cover it, the rule status) is
 * derived from the dataset, so the saved data stays tiny and can never disagree with it.
 * Pure: no React, no DOM; the Markdown and CSV renderers return text.
 *
 * levels.ts    levels, requirements, eligibility, highlights
 * editing.ts   changing a specification; "Add to specification" from anywhere
 * status.ts    rule status
 * document.ts  the document model built from the dataset (one unit of it: document-unit.ts)
 * summary.ts   each unit's summary as a whole sentence
 * validate.ts  the saved data's shape
 * detail.ts    concise or full, with or without computed suggestions
 * markdown.ts, csv.ts  renderers
 */
export * from './levels';
export * from './editing';
export * from './status';
export * from './document';
export * from './summary';
export * from './validate';
export * from './detail';
export * from './markdown';
export * from './csv';
