/**
 * A small RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas, line
 * breaks and doubled quotes (`""` for `"`), records end at CRLF (LF or a lone CR are accepted
 * too, as spreadsheets on every system write them), and a UTF-8 byte-order mark is skipped.
 * Empty lines are skipped. A malformed record does not stop the reading: it comes back with its
 * problem, so that an import can report every bad line at once.
 */
import type { Bilingual } from '../../errors.js';

export interface CsvRecord {
  /** The line the record starts on, counting from 1 (a quoted field may span several lines). */
  line: number;
  fields: string[];
  /** Why the record is malformed; its fields are then a best effort. */
  problem?: Bilingual;
}

const BYTE_ORDER_MARK = '\uFEFF';

const UNCLOSED_QUOTE: Bilingual = {
  id: 'Tanda kutip tidak ditutup sampai akhir berkas.',
  en: 'A quoted field is not closed before the end of the file.',
};
const TEXT_AFTER_QUOTE: Bilingual = {
  id: 'Ada teks setelah tanda kutip penutup; kutip seluruh isi kolom dan gandakan tanda kutip di dalamnya ("").',
  en: 'Text follows a closing quote; quote the whole field and double any quote inside it ("").',
};
const QUOTE_IN_BARE_FIELD: Bilingual = {
  id: 'Kolom tanpa kutip berisi tanda kutip; kutip seluruh isi kolom dan gandakan tanda kutip di dalamnya ("").',
  en: 'An unquoted field holds a quote; quote the whole field and double any quote inside it ("").',
};

export function parseCsv(text: string): CsvRecord[] {
  return new CsvReader(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text).records();
}

interface Field {
  value: string;
  quoted: boolean;
  problem?: Bilingual;
}

class CsvReader {
  private at = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  records(): CsvRecord[] {
    const records: CsvRecord[] = [];
    while (this.at < this.text.length) {
      const line = this.line;
      const fields = this.fields();
      this.endOfLine();
      const blank = fields.length === 1 && fields[0]!.value === '' && !fields[0]!.quoted;
      if (blank) continue;
      const problem = fields.find((f) => f.problem)?.problem;
      records.push({ line, fields: fields.map((f) => f.value), ...(problem && { problem }) });
    }
    return records;
  }

  private fields(): Field[] {
    const fields: Field[] = [];
    for (;;) {
      fields.push(this.text[this.at] === '"' ? this.quotedField() : this.bareField());
      if (this.text[this.at] !== ',') return fields;
      this.at++;
    }
  }

  private bareField(): Field {
    const start = this.at;
    while (this.at < this.text.length && !this.atFieldEnd()) this.at++;
    const value = this.text.slice(start, this.at);
    return value.includes('"') ? { value, quoted: false, problem: QUOTE_IN_BARE_FIELD } : { value, quoted: false };
  }

  private quotedField(): Field {
    this.at++; // the opening quote
    let value = '';
    for (;;) {
      if (this.at >= this.text.length) return { value, quoted: true, problem: UNCLOSED_QUOTE };
      const c = this.text[this.at]!;
      if (c === '"') {
        if (this.text[this.at + 1] !== '"') break;
        value += '"';
        this.at += 2;
        continue;
      }
      if (c === '\n' || (c === '\r' && this.text[this.at + 1] !== '\n')) this.line++;
      value += c;
      this.at++;
    }
    this.at++; // the closing quote
    if (this.at >= this.text.length || this.atFieldEnd()) return { value, quoted: true };
    // Keep what follows the quote, so that the field still reads sensibly in a report.
    return { value: value + this.bareField().value, quoted: true, problem: TEXT_AFTER_QUOTE };
  }

  private atFieldEnd(): boolean {
    const c = this.text[this.at];
    return c === ',' || c === '\n' || c === '\r';
  }

  /** Consumes one line break (CRLF, LF or a lone CR), if any. */
  private endOfLine(): void {
    if (this.text[this.at] === '\r') this.at++;
    if (this.text[this.at] === '\n') this.at++;
    this.line++;
  }
}
