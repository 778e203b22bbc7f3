/** The CSV reader of the registry import, against RFC 4180 and what spreadsheets write. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

const rows = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('reads plain fields and records', () => {
    expect(rows('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('accepts LF, a lone CR, and a missing final line break', () => {
    expect(rows('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(rows('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps empty fields, leading and trailing ones included', () => {
    expect(rows(',a,,\r\n')).toEqual([['', 'a', '', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(rows('"Kota A, B","say ""hi""","two\r\nlines"\r\nnext,row,"x"')).toEqual([
      ['Kota A, B', 'say "hi"', 'two\r\nlines'],
      ['next', 'row', 'x'],
    ]);
  });

  it('reads an empty quoted field and a lone quoted quote', () => {
    expect(rows('"","""",x')).toEqual([['', '"', 'x']]);
  });

  it('skips a UTF-8 byte-order mark', () => {
    const [first] = parseCsv('\uFEFFkind,name\r\n');
    expect(first?.fields).toEqual(['kind', 'name']);
  });

  it('skips empty lines but counts them', () => {
    const records = parseCsv('a\r\n\r\nb\n\nc');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a']],
      [3, ['b']],
      [5, ['c']],
    ]);
  });

  it('numbers each record by the line it starts on, past quoted line breaks', () => {
    const records = parseCsv('h1,h2\r\n"multi\r\nline\nfield",x\r\nlast,y\r\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('keeps reading after a malformed record, and says what is wrong with it', () => {
    const records = parseCsv('ok,1\r\n"closed"tail,2\r\nba"re,3\r\nok,4\r\n"never closed,5\r\nlost,6');
    expect(records.map((r) => [r.line, r.problem?.en.split(';')[0]])).toEqual([
      [1, undefined],
      [2, 'Text follows a closing quote'],
      [3, 'An unquoted field holds a quote'],
      [4, undefined],
      [5, 'A quoted field is not closed before the end of the file.'],
    ]);
    expect(records[1]?.fields).toEqual(['closedtail', '2']);
    expect(records[4]?.problem?.id).toMatch(/kutip/);
  });

  it('reads nothing from an empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });
});
