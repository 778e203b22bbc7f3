import type { PublishedMethodologyQuery } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';
import { Fragment } from 'react';
import { formatPercent, formatScore } from '../format/numbers';
import { ZoneTag } from '../grades/ZoneTag';
import { describeScale, describeSource, indicatorsByCode, type MethodologyDocument } from './scaleText';

export type PublishedMethodology = PublishedMethodologyQuery['cycleMethodology']['methodology'];

const messages = defineMessages(
  {
    how: 'Bagaimana skor dibentuk',
    unitScore:
      'Setiap unit layanan dinilai pada setiap indikator. Jawaban pada skala indikator memberi sebagian dari poin maksimumnya; poin maksimum sebuah indikator adalah bobot dimensinya × bobot variabelnya × bobotnya sendiri. Skor unit adalah jumlah poin semua indikator, 0–100, dibulatkan sekali ke dua desimal.',
    notApplicable:
      'Indikator yang tidak berlaku bagi sebuah unit tidak dihitung: bobotnya dibagi kepada indikator lain dalam variabel yang sama, sebanding dengan bobot mereka.',
    MEAN_OF_UNITS: 'Skor instansi adalah rata-rata sederhana skor unit-unitnya, dibulatkan ke dua desimal.',
    WEIGHTED_BY_SERVICE_PRODUCTS:
      'Skor instansi adalah rata-rata skor unit-unitnya yang ditimbang dengan jumlah produk layanan yang dinilai di tiap unit, dibulatkan ke dua desimal.',
    composite: 'Skor akhir menggabungkan skor dimensi ({dimensions}) dengan {parts}.',
    part: '{title} ({weight})',
    grade: 'Predikat ditentukan oleh rentang skor di bawah ini: rentang pertama (dari atas) yang batas bawahnya tidak melebihi skor.',
    qualifier: 'Label predikat diberi keterangan “{absent}” atau “{present}” menurut temuan maladministrasi.',
    dimensions: 'Dimensi dan variabel',
    dimensionsCaption: 'Dimensi dan variabel {title}',
    dimension: 'Dimensi',
    dimensionWeight: 'Bobot dimensi',
    variable: 'Variabel',
    variableWeight: 'Bobot dalam dimensi',
    maxPoints: 'Poin maksimum',
    indicators: 'Indikator',
    indicatorsCaption: 'Indikator dimensi {dimension}',
    code: 'Kode',
    indicator: 'Indikator',
    indicatorWeight: 'Bobot dalam variabel',
    scale: 'Skala',
    source: 'Sumber data',
    notApplicableAllowed: 'Boleh “tidak berlaku”',
    yes: 'Ya',
    no: 'Tidak',
    bands: 'Rentang predikat',
    bandsCaption: 'Rentang predikat {title}',
    band: 'Predikat',
    label: 'Label',
    range: 'Rentang skor',
    zone: 'Zona',
    rangeValue: '{min}–{max}',
    notes: 'Catatan tentang sumber',
    notesIntro: 'Apa yang diterbitkan resmi dan apa yang disimpulkan dalam metode ini:',
  },
  {
    how: 'How a score is made',
    unitScore:
      "Each service unit is assessed on every indicator. An answer on the indicator's scale earns a share of its maximum points; an indicator's maximum points are its dimension's weight × its variable's weight × its own weight. A unit's score is the sum of all indicators' points, 0–100, rounded once to two decimals.",
    notApplicable:
      'An indicator that does not apply to a unit is left out: its weight goes to the other indicators of the same variable, in proportion to their weights.',
    MEAN_OF_UNITS: "A body's score is the plain mean of its units' scores, rounded to two decimals.",
    WEIGHTED_BY_SERVICE_PRODUCTS:
      "A body's score is the mean of its units' scores weighted by the number of service products assessed in each unit, rounded to two decimals.",
    composite: 'The final score combines the dimensions ({dimensions}) with {parts}.',
    part: '{title} ({weight})',
    grade: 'The grade follows from the score bands below: the first band (from the top) whose lower bound does not exceed the score.',
    qualifier: 'Grade labels carry “{absent}” or “{present}” according to the maladministration finding.',
    dimensions: 'Dimensions and variables',
    dimensionsCaption: 'Dimensions and variables of {title}',
    dimension: 'Dimension',
    dimensionWeight: 'Dimension weight',
    variable: 'Variable',
    variableWeight: 'Weight in its dimension',
    maxPoints: 'Maximum points',
    indicators: 'Indicators',
    indicatorsCaption: 'Indicators of the {dimension} dimension',
    code: 'Code',
    indicator: 'Indicator',
    indicatorWeight: 'Weight in its variable',
    scale: 'Scale',
    source: 'Data source',
    notApplicableAllowed: 'May be “not applicable”',
    yes: 'Yes',
    no: 'No',
    bands: 'Grade bands',
    bandsCaption: 'Grade bands of {title}',
    band: 'Grade',
    label: 'Label',
    range: 'Score range',
    zone: 'Zone',
    rangeValue: '{min}–{max}',
    notes: 'Notes on the sources',
    notesIntro: 'What is officially published and what is inferred in this method:',
  },
);

/** A published methodology, rendered from its data: nothing here is specific to one method. */
export function MethodologyView({ methodology }: { methodology: PublishedMethodology }) {
  const t = useT(messages);
  const summary = methodology.summary;
  if (!summary) return null;
  const document = methodology.document as Partial<MethodologyDocument> | null;
  const indicators = indicatorsByCode(methodology.document);
  const title = summary.title[t.locale];
  const points = (value: number) => formatScore(value, t.locale);
  const composite = document?.composite;
  const qualifier = document?.maladministrationQualifier;

  return (
    <>
      <section className="page-section" aria-labelledby="method-how">
        <h2 id="method-how">{t('how')}</h2>
        <ol className="steps">
          <li>{t('unitScore')}</li>
          <li>{t('notApplicable')}</li>
          <li>{summary.institutionAggregation === 'WEIGHTED_BY_SERVICE_PRODUCTS' ? t('WEIGHTED_BY_SERVICE_PRODUCTS') : t('MEAN_OF_UNITS')}</li>
          {composite ? (
            <li>
              {t('composite', {
                dimensions: formatPercent(composite.dimensionsWeight, t.locale),
                parts: composite.parts.map((part) => t('part', { title: part.title[t.locale], weight: formatPercent(part.weight, t.locale) })).join(', '),
              })}
            </li>
          ) : null}
          <li>{t('grade')}</li>
          {qualifier ? <li>{t('qualifier', { absent: qualifier.absent[t.locale], present: qualifier.present[t.locale] })}</li> : null}
        </ol>
      </section>

      <section className="page-section" aria-labelledby="method-dimensions">
        <h2 id="method-dimensions">{t('dimensions')}</h2>
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('dimensionsCaption', { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dimension')}</th>
                <th scope="col" className="numeric">
                  {t('dimensionWeight')}
                </th>
                <th scope="col">{t('variable')}</th>
                <th scope="col" className="numeric">
                  {t('variableWeight')}
                </th>
                <th scope="col" className="numeric">
                  {t('maxPoints')}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.dimensions.map((dimension) =>
                dimension.variables.map((variable, index) => (
                  <tr key={`${dimension.code}-${variable.code}`}>
                    {index === 0 ? (
                      <>
                        <th scope="rowgroup" rowSpan={dimension.variables.length}>
                          {dimension.title[t.locale]}
                        </th>
                        <td className="numeric" rowSpan={dimension.variables.length}>
                          {formatPercent(dimension.weight, t.locale)}
                        </td>
                      </>
                    ) : null}
                    <th scope="row">{variable.title[t.locale]}</th>
                    <td className="numeric">{formatPercent(variable.weight, t.locale)}</td>
                    <td className="numeric">{points(variable.maxPoints)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="page-section" aria-labelledby="method-indicators">
        <h2 id="method-indicators">{t('indicators')}</h2>
        {summary.dimensions.map((dimension) => {
          const rows = summary.indicators.filter((indicator) => indicator.dimensionCode === dimension.code);
          return (
            <div className="table-scroll" key={dimension.code}>
              <table className="data-table">
                <caption>{t('indicatorsCaption', { dimension: dimension.title[t.locale] })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('code')}</th>
                    <th scope="col">{t('indicator')}</th>
                    <th scope="col" className="numeric">
                      {t('indicatorWeight')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('maxPoints')}
                    </th>
                    <th scope="col">{t('scale')}</th>
                    <th scope="col">{t('source')}</th>
                    <th scope="col">{t('notApplicableAllowed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {dimension.variables.map((variable) => (
                    <Fragment key={variable.code}>
                      <tr className="data-table__group">
                        <th scope="colgroup" colSpan={7}>
                          {variable.title[t.locale]}
                        </th>
                      </tr>
                      {rows
                        .filter((indicator) => indicator.variableCode === variable.code)
                        .map((indicator) => (
                          <tr key={indicator.code}>
                            <td>
                              <code>{indicator.code}</code>
                            </td>
                            <th scope="row">{indicator.title[t.locale]}</th>
                            <td className="numeric">{formatPercent(indicator.weight, t.locale)}</td>
                            <td className="numeric">{points(indicator.maxPoints)}</td>
                            <td>{describeScale(indicators.get(indicator.code)?.scale, indicator.scaleKind, t.locale)}</td>
                            <td>{describeSource(indicator.source, t.locale)}</td>
                            <td>{indicator.allowNotApplicable ? t('yes') : t('no')}</td>
                          </tr>
                        ))}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
      </section>

      <section className="page-section" aria-labelledby="method-bands">
        <h2 id="method-bands">{t('bands')}</h2>
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('bandsCaption', { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('band')}</th>
                <th scope="col">{t('label')}</th>
                <th scope="col">{t('range')}</th>
                <th scope="col">{t('zone')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.gradeBands.map((band) => (
                <tr key={band.code}>
                  <th scope="row">
                    <span className="band-swatch" style={{ background: band.colour }} aria-hidden="true" /> {band.code}
                  </th>
                  <td>{band.label[t.locale]}</td>
                  <td>{t('rangeValue', { min: points(band.min), max: points(band.max) })}</td>
                  <td>
                    <ZoneTag zone={band.zone} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {summary.notes.length > 0 ? (
        <section className="page-section" aria-labelledby="method-notes">
          <h2 id="method-notes">{t('notes')}</h2>
          <p>{t('notesIntro')}</p>
          <ul>
            {summary.notes.map((note) => (
              <li key={note.id}>{note[t.locale]}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
