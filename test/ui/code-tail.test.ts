import { describe, expect, it } from 'vitest';
import { codeTail } from '../../src/ui/explorer/graph/labels';

describe('an enlarged neighbourhood label shows the end of a long code (its box names the rest)', () => {
  it('ILM 8605 units by their number, ProQual units by their last four digits', () => {
    expect(codeTail('8605-308')).toBe('308');
    expect(codeTail('A/506/1953')).toBe('1953');
  });

  it('keeps short codes whole: NOS, specialist and partnership standards', () => {
    for (const code of ['B6', 'F12', 'C2.5', 'L4U9', 'E3']) expect(codeTail(code)).toBe(code);
  });
});
