import { describe, expect, it } from 'vitest';
import { NO_SUMMARY, summarySentence } from '../../src/domain/spec';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
const nos = dataset.units.filter((u) => u.framework === 'nos');
const unit = (code: string) => nos.find((u) => u.code === code)!;

describe('NOS summaries as whole sentences (Topss map: title column + continuation column)', () => {
  it('joins the 30 continuations to their titles as printed', () => {
    const continuing = nos.filter((u) => u.summary && /^[a-z]/.test(u.summary));
    expect(continuing).toHaveLength(30);
    for (const u of continuing) expect(summarySentence(u).text.startsWith(u.title)).toBe(true);
  });

  it('B1: "…, which will contribute to achieving…" after a comma', () => {
    expect(summarySentence(unit('B1')).text).toBe(
      'Develop and implement operational plans for your area of responsibility, which will contribute to achieving the objectives set out in the strategic business plan.',
    );
  });

  it('A1: a continuation starting "to" follows the title directly', () => {
    expect(summarySentence(unit('A1')).text).toMatch(
      /^Manage your own resources to make sure you have the personal resources/,
    );
  });

  it('C3, C4, D5: a continuation that starts a clause of its own follows a colon', () => {
    expect(summarySentence(unit('C3')).text).toMatch(
      /^Encourage innovation in your organisation: provide encouragement and support/,
    );
    expect(summarySentence(unit('C4')).text).toMatch(/^Lead change: providing a lead within/);
    expect(summarySentence(unit('D5')).text).toMatch(/^Allocate and check work in your team: allocate work/);
  });

  it('B11: "this is intended…" becomes a sentence of its own', () => {
    expect(summarySentence(unit('B11')).text).toMatch(
      / in your area of responsibility\. This is intended to go beyond/,
    );
  });

  it('E6 keeps its own sentence and does not repeat its title', () => {
    const text = summarySentence(unit('E6')).text;
    expect(
      text.startsWith('Ensure health and safety requirements are met in your area of responsibility by'),
    ).toBe(true);
    expect(text.split('Ensure health and safety requirements').length - 1).toBe(1);
  });

  it('says so plainly where the map gives no summary (B10, D8–D12, E8–E11)', () => {
    const none = nos.filter((u) => !u.summary).map((u) => u.code);
    expect(none).toEqual(['B10', 'D8', 'D9', 'D10', 'D11', 'D12', 'E8', 'E9', 'E10', 'E11']);
    expect(summarySentence(unit('D11'))).toEqual({ text: NO_SUMMARY, fromSource: false });
  });

  it('every sentence starts with a capital and ends with a full stop', () => {
    for (const u of nos) expect(summarySentence(u).text).toMatch(/^[A-Z'‘].*[.!?]$/);
  });
});
