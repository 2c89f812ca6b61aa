/**
 * Typo readings: a bitap match scored as errors per typed letter plus 1/24 per letter the match
 * starts after the beginning of the word, kept up to 0.34 (the settings search used with fuse.js).
 */
import { describe, expect, it } from 'vitest';
import { typoIndex, typoScore } from '../../src/domain/search/typo-index';

const vocabulary = [
  'budget',
  'budgetary',
  'budgets',
  'leadership',
  'leading',
  'safeguarding',
  'safety',
  'rota',
];

describe('typo readings of a typed word', () => {
  it('the word itself scores 0', () => {
    expect(typoScore('budget', 'budget')).toBe(0);
  });

  it('one wrong letter in six costs 1/6: "budjet" is "budget"', () => {
    expect(typoScore('budget', 'budjet')).toBeCloseTo(1 / 6, 9);
  });

  it('one missing letter in nine costs 1/9: "leadrship" is "leadership"', () => {
    expect(typoScore('leadership', 'leadrship')).toBeCloseTo(1 / 9, 9);
  });

  it('a match starting later in the word costs 1/24 per letter: "ship" in "leadership" is 6/24', () => {
    expect(typoScore('leadership', 'ship')).toBeCloseTo(6 / 24, 9);
  });

  it('a word too far from the typed one is no reading', () => {
    expect(typoScore('budget', 'bxxxxt')).toBeUndefined();
    expect(typoScore('rota', 'safeguarding')).toBeUndefined();
  });

  it('lists the readings of the same first letter, closest first, within the limit', () => {
    const index = typoIndex(vocabulary);
    const found = index.search('budjet', 10).map((r) => r.word);
    expect(found[0]).toBe('budget');
    expect(found).not.toContain('leadership');
    expect(index.search('budjet', 1)).toHaveLength(1);
    expect(index.search('safegaurding', 5)[0]?.word).toBe('safeguarding');
  });

  it('a typed word longer than 32 letters is compared in pieces, never a crash', () => {
    const long = 'safeguarding'.repeat(4);
    expect(() => typoIndex(vocabulary).search(long, 5)).not.toThrow();
    expect(typoScore(long, long)).toBe(0);
  });
});
