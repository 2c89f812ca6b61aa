/**
 * Moved to `src/domain/course/` (model, csv, columns, csv-reader, problems, decode, fragment, saved).
 * Kept so imports written before the split still work; import from `./course` in new code.
 */
export * from './course';
