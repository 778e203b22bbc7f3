import { defineMessages, useT } from '@patuh/ui';
import { useEffect, useState } from 'react';
import { fieldId, parseDraftNumber } from './draft';
import { BilingualFields, NumberField, SelectField, TextField, useEditor } from './fields';
import { IssuesAt } from './IssueMessages';
import { useIssues } from './issues';

const messages = defineMessages(
  {
    heading: 'Identitas dan aturan umum',
    method: 'Metode',
    version: 'Versi isi (mis. 2026.1)',
    years: 'Tahun penilaian yang memakai metode ini',
    yearsHint: 'Pisahkan dengan koma, mis. 2025, 2026.',
    tolerance: 'Toleransi jumlah bobot (poin persen)',
    aggregation: 'Nilai instansi dari nilai unit',
    MEAN_OF_UNITS: 'Rata-rata nilai unit',
    WEIGHTED_BY_SERVICE_PRODUCTS: 'Rata-rata tertimbang jumlah produk layanan',
    composite: 'Nilai akhir komposit',
    dimensionsWeight: 'Bobot gabungan dimensi (%)',
    partWeight: 'Bobot {part} (%)',
    titleId: 'Judul metode (Bahasa Indonesia)',
    titleEn: 'Judul metode (Inggris)',
  },
  {
    heading: 'Identity and general rules',
    method: 'Method',
    version: 'Content version (e.g. 2026.1)',
    years: 'Assessment years using this method',
    yearsHint: 'Separate with commas, e.g. 2025, 2026.',
    tolerance: 'Tolerance of weight sums (percentage points)',
    aggregation: "A body's score from its units' scores",
    MEAN_OF_UNITS: "Mean of the units' scores",
    WEIGHTED_BY_SERVICE_PRODUCTS: 'Mean weighted by the number of service products',
    composite: 'Composite final score',
    dimensionsWeight: 'Weight of the dimensions together (%)',
    partWeight: 'Weight of {part} (%)',
    titleId: 'Method title (Indonesian)',
    titleEn: 'Method title (English)',
  },
);

/** The years as a comma-separated list; what does not read as a year stays text for validation to name. */
function YearsField() {
  const t = useT(messages);
  const { doc, update, readOnly } = useEditor();
  const joined = doc.years.join(', ');
  const [text, setText] = useState(joined);
  useEffect(() => {
    setText((current) => (current.split(',').map((part) => parseDraftNumber(part)).join(', ') === joined ? current : joined));
  }, [joined]);
  const id = fieldId('years');
  const issues = useIssues();
  const invalid = issues.within('years') > 0;
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {t('years')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('yearsHint')}
      </p>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        disabled={readOnly}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid || undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const parts = event.target.value.split(',').map((part) => part.trim()).filter(Boolean);
          update(['years'], parts.map((part) => parseDraftNumber(part)));
        }}
      />
      <IssuesAt path="years" />
      {doc.years.map((_, index) => (
        <IssuesAt key={index} path={`years[${index}]`} />
      ))}
    </div>
  );
}

/** What identifies the method and the rules that apply to the whole of it. */
export function MethodologyHeader() {
  const t = useT(messages);
  const { doc } = useEditor();
  return (
    <section className="page-section" aria-labelledby="methodology-header-heading">
      <h2 id="methodology-header-heading">{t('heading')}</h2>
      <p>
        {t('method')}: <code>{doc.id}</code>
      </p>
      <BilingualFields path={['title']} labels={{ id: t('titleId'), en: t('titleEn') }} />
      <div className="field-row">
        <TextField path={['version']} label={t('version')} className="field--code" />
        <NumberField path={['weightTolerance']} label={t('tolerance')} />
        <SelectField
          path={['institutionAggregation']}
          label={t('aggregation')}
          options={(['MEAN_OF_UNITS', 'WEIGHTED_BY_SERVICE_PRODUCTS'] as const).map((value) => ({ value, label: t(value) }))}
        />
      </div>
      <YearsField />
      {doc.composite ? (
        <fieldset className="fieldset">
          <legend>{t('composite')}</legend>
          <div className="field-row">
            <NumberField path={['composite', 'dimensionsWeight']} label={t('dimensionsWeight')} />
            {doc.composite.parts.map((part, index) => (
              <NumberField key={index} path={['composite', 'parts', index, 'weight']} label={t('partWeight', { part: part.title[t.locale] || part.code })} />
            ))}
          </div>
          <IssuesAt path="composite" />
        </fieldset>
      ) : null}
    </section>
  );
}
