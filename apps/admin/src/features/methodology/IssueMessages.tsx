import { defineMessages, useT } from '@patuh/ui';
import { fieldId } from './draft';
import { describeIssue, useIssues, type MethodologyIssue } from './issues';

const messages = defineMessages(
  {
    NOT_AN_OBJECT: 'Bagian ini tidak berbentuk sebagaimana mestinya.',
    MISSING_FIELD: 'Wajib diisi.',
    INVALID_TYPE: 'Nilai ini tidak sesuai jenisnya.',
    INVALID_VALUE: 'Nilai ini tidak diterima.',
    UNSUPPORTED_SCHEMA_VERSION: 'Versi format dokumen ini tidak didukung.',
    EMPTY_LIST: 'Daftar ini tidak boleh kosong: tambahkan minimal satu.',
    DUPLICATE_CODE: 'Kode ini sudah dipakai di bagian lain metodologi.',
    WEIGHT_NOT_POSITIVE: 'Bobot harus lebih dari 0 dan paling besar 100.',
    WEIGHT_PRECISION: 'Bobot paling banyak dua desimal.',
    WEIGHTS_DO_NOT_SUM: 'Bobot dalam daftar ini harus berjumlah 100.',
    INVALID_SCALE: 'Skala ini tidak lengkap.',
    LEVELS_NOT_ASCENDING: 'Nilai tingkat harus naik berurutan.',
    SCALE_TOO_FINE: 'Rentang skala terlalu halus (lebih dari 10 juta langkah).',
    BANDS_NOT_ORDERED: 'Predikat diurutkan dari yang terbaik: batas bawahnya harus menurun.',
    BANDS_NOT_CONTIGUOUS: 'Batas atas predikat ini harus 0,01 di bawah batas bawah predikat di atasnya.',
    BANDS_NOT_COVERING: 'Predikat harus mencakup 0,00 sampai 100,00: yang terbaik berakhir di 100, yang terendah mulai dari 0.',
    BAND_PRECISION: 'Batas predikat: min ≤ maks, antara 0 dan 100, paling banyak dua desimal.',
    INVALID_COLOUR: 'Tulis warna sebagai #rrggbb, misalnya #1b6e35.',
    NOT_A_NUMBER: 'Isi dengan angka, misalnya 21,85.',
    EMPTY_TEXT: 'Tidak boleh kosong.',
    DECIMALS_RANGE: 'Jumlah desimal: bilangan bulat 0 sampai 4.',
    TOLERANCE_RANGE: 'Toleransi: 0 sampai 1 poin persen, paling banyak dua desimal.',
    STEP_RANGE: 'Langkah harus lebih dari 0 dan tidak melebihi rentang skala.',
    CODE_RESERVED: 'Kode ini tidak dapat dipakai (tanpa spasi di awal atau akhir).',
    YEAR: 'Tulis tahun sebagai empat angka, dipisah koma.',
    CHOOSE: 'Pilih salah satu pilihan yang tersedia.',
    LEVELS_TOO_FEW: 'Skala ordinal memerlukan minimal dua tingkat.',
    LEVEL_NOT_INTEGER: 'Nilai tingkat harus bilangan bulat.',
    NORMALISATION: 'Normalisasi memerlukan min lebih kecil dari maks, sesuai jumlah desimal skala.',
    SCALE_KIND: 'Pilih jenis skala.',
    SUM_dimensions: 'Bobot dimensi berjumlah {sum}, seharusnya 100.',
    SUM_variables: 'Bobot variabel dalam dimensi ini berjumlah {sum}, seharusnya 100.',
    SUM_indicators: 'Bobot indikator dalam variabel ini berjumlah {sum}, seharusnya 100.',
    SUM_composite: 'Bobot dimensi dan bagian komposit berjumlah {sum}, seharusnya 100.',
    OTHER: 'Bagian ini belum valid.',
  },
  {
    NOT_AN_OBJECT: 'This part does not have the expected form.',
    MISSING_FIELD: 'Required.',
    INVALID_TYPE: 'This value is of the wrong kind.',
    INVALID_VALUE: 'This value is not accepted.',
    UNSUPPORTED_SCHEMA_VERSION: 'This document format version is not supported.',
    EMPTY_LIST: 'This list cannot be empty: add at least one.',
    DUPLICATE_CODE: 'This code is already used elsewhere in the methodology.',
    WEIGHT_NOT_POSITIVE: 'A weight is above 0 and at most 100.',
    WEIGHT_PRECISION: 'A weight has at most two decimals.',
    WEIGHTS_DO_NOT_SUM: 'The weights in this list must add up to 100.',
    INVALID_SCALE: 'This scale is incomplete.',
    LEVELS_NOT_ASCENDING: 'Level values must go up in order.',
    SCALE_TOO_FINE: 'The scale is too fine (more than 10 million steps).',
    BANDS_NOT_ORDERED: 'Grades are listed best first: their lower bounds must go down.',
    BANDS_NOT_CONTIGUOUS: "This grade's upper bound must be 0.01 below the lower bound of the grade above it.",
    BANDS_NOT_COVERING: 'The grades must cover 0.00 to 100.00: the best ends at 100, the lowest starts at 0.',
    BAND_PRECISION: 'Grade bounds: min ≤ max, between 0 and 100, at most two decimals.',
    INVALID_COLOUR: 'Write the colour as #rrggbb, for example #1b6e35.',
    NOT_A_NUMBER: 'Enter a number, for example 21.85.',
    EMPTY_TEXT: 'Cannot be empty.',
    DECIMALS_RANGE: 'Decimals: a whole number from 0 to 4.',
    TOLERANCE_RANGE: 'Tolerance: 0 to 1 percentage point, at most two decimals.',
    STEP_RANGE: 'A step is above 0 and no larger than the range of the scale.',
    CODE_RESERVED: 'This code cannot be used (no spaces at its start or end).',
    YEAR: 'Write years as four digits, separated by commas.',
    CHOOSE: 'Choose one of the options offered.',
    LEVELS_TOO_FEW: 'An ordinal scale needs at least two levels.',
    LEVEL_NOT_INTEGER: 'A level value is a whole number.',
    NORMALISATION: "The normalisation needs min below max, fitting the scale's decimals.",
    SCALE_KIND: 'Choose the kind of scale.',
    SUM_dimensions: 'The dimension weights add up to {sum}, not 100.',
    SUM_variables: 'The variable weights in this dimension add up to {sum}, not 100.',
    SUM_indicators: 'The indicator weights in this variable add up to {sum}, not 100.',
    SUM_composite: 'The weights of the dimensions and the composite parts add up to {sum}, not 100.',
    OTHER: 'This part is not valid yet.',
  },
);

/** An issue in the reader's language. */
export function useIssueText(): (issue: MethodologyIssue) => string {
  const t = useT(messages);
  const index = useIssues();
  return (issue) => {
    if (!index.doc) return t('OTHER');
    const described = describeIssue(issue, index.doc);
    if (described.key === 'SUM' && described.list && described.sum !== undefined) {
      const sum = (described.sum / 100).toFixed(2);
      return t(`SUM_${described.list}`, { sum: t.locale === 'id' ? sum.replace('.', ',') : sum });
    }
    return t(described.key === 'SUM' ? 'WEIGHTS_DO_NOT_SUM' : described.key);
  };
}

/** The issues about one place, where that place is shown; `id` lets a field name them as its description. */
export function IssuesAt({ path, id }: { path: string; id?: string }) {
  const issues = useIssues().at(path);
  const text = useIssueText();
  if (issues.length === 0) return null;
  return (
    <ul className="issues" id={id ?? `${fieldId(path)}-issues`}>
      {issues.map((issue, index) => (
        <li key={`${issue.code}-${index}`} className="issues__item">
          {text(issue)}
        </li>
      ))}
    </ul>
  );
}
