/**
 * Reading the codes column: each token is a NOS unit or a warning. A cell may repeat one code
 * 690,000 times or hold 200,000 different ones, so each spelling is read, and its warning worded,
 * once; only the first UNKNOWN_CODES_NAMED different unknown codes get a line of their own.
 */
import type { Unit } from '../model';
import { codeKey, suggestCodes } from '../resolve';

/** Turns a typed claim ("B6", "nos b 6", "NOS:B6", "MSC B6") into the key the NOS codes use. */
function claimKey(token: string): string {
  return codeKey(token).replace(/^(NOS|MSC|ML|M&L)(?=[A-F]\d)/, '');
}

const AREA_LETTER = /^[A-F]$/;
/** Distinct unknown codes named one by one; the rest are counted together. */
export const UNKNOWN_CODES_NAMED = 20;

export interface CodeReading {
  unit?: Unit;
  /** Why the token is not a unit, for the person. */
  message?: string;
  /** The key the warning is counted under (see ProblemLog). */
  logKey?: string;
}

export class CodeReader {
  /** "B6" and "nos:B6" alike, looked up in one step. */
  private readonly byKey: Map<string, Unit>;
  private readonly seen = new Map<string, CodeReading>();
  private readonly unknown = new Set<string>();

  constructor(private readonly nosUnits: Unit[]) {
    this.byKey = new Map(
      nosUnits.flatMap((u) => [[codeKey(u.code), u] as const, [codeKey(u.id), u] as const]),
    );
  }

  read(token: string): CodeReading {
    const typed = token.slice(0, 40);
    let reading = this.seen.get(typed);
    if (!reading) this.seen.set(typed, (reading = this.describe(typed)));
    return reading;
  }

  private describe(typed: string): CodeReading {
    const key = claimKey(typed);
    const unit = this.byKey.get(key);
    if (unit) return { unit };
    const shown = typed.slice(0, 30);
    if (AREA_LETTER.test(key)) {
      const inArea = this.nosUnits.filter((u) => u.area === key).map((u) => u.code);
      return {
        message: `"${shown}" is a functional area, not a unit: list the units it covers (${inArea[0]} … ${inArea[inArea.length - 1]}). Skipped.`,
        logKey: `area|${shown}`,
      };
    }
    if (!this.unknown.has(key) && this.unknown.size >= UNKNOWN_CODES_NAMED)
      return {
        message: `Unknown NOS codes (more than ${UNKNOWN_CODES_NAMED} different ones; the first ${UNKNOWN_CODES_NAMED} are named above) were skipped; the rest of each row was imported. NOS codes run A1 … F12.`,
        logKey: 'unknown-codes-more',
      };
    this.unknown.add(key);
    const near = key.length <= 12 ? suggestCodes(this.nosUnits, key) : [];
    return {
      message: `Unknown NOS code "${shown}"${near.length ? ` — did you mean ${near.join(', ')}?` : ' (NOS codes run A1 … F12)'} Skipped; the rest of the row was imported.`,
      logKey: `unknown|${shown}`,
    };
  }
}
