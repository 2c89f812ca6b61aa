export * from './state';
export { COURSE_IMPORT, MAX_HASH_LENGTH, PARAMETERS, parseHash, type ParsedState } from './parse';
export { serialiseState } from './serialise';
export * from './routes';
