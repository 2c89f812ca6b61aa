/**
 * A CSV reader that hands out one record at a time, so the caller can stop and let the page breathe
 * between records (see `parseCourseTableAsync`). RFC 4180 quoting (`""` inside quotes), any of
 * CRLF, LF or CR alone as line ends, and no record so wide or cell so long that it costs more than
 * one linear pass: cells past `MAX_CELLS` are counted but not kept.
 */
export const MAX_CELLS = 200;

export interface CsvRecord {
  /** 1-based record number in the text (a quoted line break does not start a new record). */
  row: number;
  /** The cells, at most MAX_CELLS of them. */
  cells: string[];
  /** How many cells the record really has. */
  count: number;
  /** A quoting problem in this record, as a phrase ("a quoted value is not closed…"). */
  quoteError?: string;
}

export class CsvReader {
  private i = 0;
  private row = 0;
  /** The next position of \n, \r and the delimiter found by the last search of each (-1: not searched). */
  private nextLf = -1;
  private nextCr = -1;
  private nextDelimiter = -1;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
  ) {}

  get done(): boolean {
    return this.i >= this.text.length;
  }

  /** Where the reader is, in characters (for progress). */
  get position(): number {
    return this.i;
  }

  /**
   * The next position of `ch` at or after `from` (the text length if none). Remembered, so a text
   * with no delimiter, or one very long line, is still searched once, not once per field.
   */
  private nextOf(ch: string, known: number, from: number): number {
    if (known >= from) return known;
    const found = this.text.indexOf(ch, from);
    return found === -1 ? this.text.length : found;
  }

  /** Consumes a line end at the current position, if there is one. */
  private skipLineEnd() {
    const { text } = this;
    if (text[this.i] === '\r') this.i += text[this.i + 1] === '\n' ? 2 : 1;
    else if (text[this.i] === '\n') this.i += 1;
  }

  /**
   * The next record that is not an empty line, or undefined at the end of the text. Runs of empty
   * lines are skipped in one tight loop (they still count as rows), so a file of line ends is cheap.
   */
  read(): CsvRecord | undefined {
    const { text, delimiter } = this;
    for (;;) {
      const c = text.charCodeAt(this.i);
      if (c === 10) this.i++;
      else if (c === 13) this.i += text.charCodeAt(this.i + 1) === 10 ? 2 : 1;
      else break;
      this.row++;
    }
    if (this.done) return undefined;
    const record: CsvRecord = { row: ++this.row, cells: [], count: 0 };
    const push = (cell: string) => {
      if (record.count++ < MAX_CELLS) record.cells.push(cell);
    };
    for (;;) {
      if (text[this.i] === '"') {
        let cell = '';
        let from = this.i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) {
            push(cell + text.slice(from));
            record.quoteError = 'a quoted value is not closed or has a stray quote (") in it';
            this.i = text.length;
            return record;
          }
          cell += text.slice(from, quote);
          if (text[quote + 1] === '"') {
            cell += '"';
            from = quote + 2;
            continue;
          }
          this.i = quote + 1;
          break;
        }
        // Text after the closing quote and before the delimiter: kept, but the record is suspect.
        const end = this.fieldEnd();
        if (end > this.i) {
          cell += text.slice(this.i, end);
          record.quoteError = 'a quoted value is not closed or has a stray quote (") in it';
          this.i = end;
        }
        push(cell);
      } else {
        const end = this.fieldEnd();
        push(text.slice(this.i, end));
        this.i = end;
      }
      if (text[this.i] === delimiter) {
        this.i++;
        continue;
      }
      this.skipLineEnd();
      return record;
    }
  }

  /** The end of an unquoted field: the next delimiter or line end. */
  private fieldEnd(): number {
    const from = this.i;
    this.nextLf = this.nextOf('\n', this.nextLf, from);
    this.nextCr = this.nextOf('\r', this.nextCr, from);
    this.nextDelimiter = this.nextOf(this.delimiter, this.nextDelimiter, from);
    return Math.min(this.nextLf, this.nextCr, this.nextDelimiter);
  }
}
