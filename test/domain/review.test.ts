/** Reviewing suggestions: nothing is a claim until accepted; rejections are remembered; stored reviews are checked. */
import { describe, expect, it } from 'vitest';
import type { CourseData } from '../../src/domain/course-import';
import type { Suggestion } from '../../src/domain/suggest';
import {
  acceptClaim,
  addPastedModule,
  reviewText,
  pendingSuggestions,
  rejectSuggestion,
  validateReviewData,
  type ReviewData,
} from '../../src/domain/suggest/review';

const s = (id: string): Suggestion => ({
  id,
  code: id.slice(4),
  title: id,
  score: 0.5,
  confidence: 'possible',
  why: 'shared terms: x',
});
const course: CourseData = {
  frameworkId: 'user-course',
  fileName: 'course.csv',
  importedAt: '2026-12-01T00:00:00.000Z',
  modules: [
    { code: 'M1', title: 'Budgets', row: 2, claims: [] },
    { code: 'M2', title: 'Rota planning', row: 3, claims: [{ nos: 'nos:D6', relation: 'close' }] },
  ],
};

describe('review of suggestions', () => {
  it('accepting adds one claim, relation "related" unless given, to that module only', () => {
    const next = acceptClaim(course, 'M1', 'nos:E1');
    expect(next.modules[0]!.claims).toEqual([{ nos: 'nos:E1', relation: 'related' }]);
    expect(next.modules[1]).toBe(course.modules[1]);
    expect(acceptClaim(next, 'M1', 'nos:E1').modules[0]!.claims).toHaveLength(1);
    expect(course.modules[0]!.claims).toEqual([]);
  });

  it('offers neither claimed nor rejected units again', () => {
    const review: ReviewData = rejectSuggestion(
      { courseId: 'course-1', texts: {}, rejected: [] },
      'M2',
      'nos:D5',
    );
    const pending = pendingSuggestions([s('nos:D6'), s('nos:D5'), s('nos:D8')], course.modules[1]!, review);
    expect(pending.map((p) => p.id)).toEqual(['nos:D8']);
    expect(rejectSuggestion(review, 'M2', 'nos:D5')).toBe(review);
  });

  it('a pasted description becomes module P1 of a new course, with the whole text kept for the review', () => {
    const text = 'Managing a budget\nMonitoring spend against the budget.';
    const added = addPastedModule(undefined, undefined, text, ['nos', 'user-pasted-modules'], new Date(0))!;
    expect(added.code).toBe('P1');
    expect(added.course.frameworkId).toBe('user-pasted-modules-2');
    expect(added.course.modules).toEqual([{ code: 'P1', title: 'Managing a budget', row: 0, claims: [] }]);
    expect(added.review.texts).toEqual({ P1: text });
    const again = addPastedModule(
      added.course,
      { courseId: 'c', ...added.review },
      'Lead meetings',
      [],
      new Date(0),
    )!;
    expect(again.code).toBe('P2');
    expect(reviewText(again.course.modules[0]!, { courseId: 'c', ...again.review })).toContain(
      'Monitoring spend',
    );
  });

  it('reads back a stored review, dropping damaged entries, refusing what is not a review', () => {
    expect(validateReviewData(null).ok).toBe(false);
    expect(validateReviewData({ courseId: '<script>' }).ok).toBe(false);
    const read = validateReviewData({
      courseId: 'course-1',
      texts: { P1: 'x'.repeat(9000), 'bad code!': 'y', P2: 42 },
      rejected: [{ module: 'P1', nos: 'nos:E1' }, { module: 'P1', nos: 'hsc:B1' }, 'junk'],
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.keys(read.value.texts)).toEqual(['P1']);
    expect(read.value.texts.P1).toHaveLength(5000);
    expect(read.value.rejected).toEqual([{ module: 'P1', nos: 'nos:E1' }]);
  });

  it('reads back a review of an imported framework: its unit keys may be up to 80 characters', () => {
    const key = `RC1.${'a'.repeat(76)}`;
    const read = validateReviewData({
      courseId: 'framework-2',
      texts: {},
      rejected: [
        { module: key, nos: 'nos:E6' },
        { module: `${key}b`, nos: 'nos:E6' },
      ],
    });
    expect(read.ok && read.value).toEqual({
      courseId: 'framework-2',
      texts: {},
      rejected: [{ module: key, nos: 'nos:E6' }],
    });
  });
});
