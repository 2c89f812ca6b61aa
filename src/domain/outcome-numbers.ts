/**
 * Outcome and criterion numbers in the page's texts block. Outcomes are numbered 1, 2, 3… and their
 * criteria 1.1, 1.2… in the specifications, so the block leaves a number out where it is the next
 * one in that sequence and keeps it where it is not (a gap, "2.1a"); reading the block puts every
 * number back. This takes about 1.5 KB gzipped off the single file.
 */
import type { LearningOutcome } from './model';

type Criterion = LearningOutcome['criteria'][number];
export type PackedOutcome = Omit<LearningOutcome, 'number' | 'criteria'> & {
  number?: string;
  criteria: (Omit<Criterion, 'number'> & { number?: string })[];
};

export function omitSequentialNumbers(outcomes: LearningOutcome[]): PackedOutcome[] {
  return outcomes.map(({ number, ...outcome }, i) => ({
    ...(number === String(i + 1) ? {} : { number }),
    ...outcome,
    criteria: outcome.criteria.map(({ number: criterion, ...rest }, j) =>
      criterion === `${number}.${j + 1}` ? rest : { number: criterion, ...rest },
    ),
  }));
}

export function restoreNumbers(outcomes: PackedOutcome[]): LearningOutcome[] {
  return outcomes.map(({ number: given, ...outcome }, i) => {
    const number = given ?? String(i + 1);
    return {
      number,
      ...outcome,
      criteria: outcome.criteria.map(({ number: criterion, ...rest }, j) => ({
        number: criterion ?? `${number}.${j + 1}`,
        ...rest,
      })),
    };
  });
}
