/**
 * Writing CSV as RFC 4180 defines it (reading is registry/csv.ts): records end with CRLF, and a
 * field holding a comma, a double quote or a line break is enclosed in double quotes, with a quote
 * inside doubled. Fields with spaces at either end are quoted too, so spreadsheets keep them.
 */

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records as CSV text, CRLF after every record including the last. */
export function toCsv(records: readonly (readonly CsvValue[])[]): string {
  return records.map((record) => record.map(csvField).join(',') + '\r\n').join('');
}
