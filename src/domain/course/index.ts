/**
 * A training designer's own course: `model` (what a course is; `moduleText` and `needsNosUnits` for
 * suggestions), `csv` (reading a course table), `columns`, `csv-reader`, `problems` (counted,
 * capped problems), `decode` (bytes and size), `fragment` (a course in the dataset), `saved`
 * (reading a saved course back).
 */
export * from './model';
export * from './decode';
export * from './problems';
export { COURSE_COLUMNS, guessDelimiter } from './columns';
export * from './csv';
export * from './fragment';
export * from './saved';
