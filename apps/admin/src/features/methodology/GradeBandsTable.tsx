import { defineMessages, useT } from '@patuh/ui';
import { fieldId, newBand, pathToString } from './draft';
import { NumberField, SelectField, TextField, useEditor } from './fields';
import { IssuesAt } from './IssueMessages';
import { TableScroll } from '../../components/TableScroll';

const messages = defineMessages(
  {
    heading: 'Predikat',
    intro: 'Dari yang terbaik. Setiap predikat berakhir 0,01 di bawah batas bawah predikat di atasnya; bersama-sama mencakup 0,00–100,00.',
    caption: 'Rentang nilai predikat',
    code: 'Kode',
    labelId: 'Sebutan (Bahasa Indonesia)',
    labelEn: 'Sebutan (Inggris)',
    min: 'Dari',
    max: 'Sampai',
    zone: 'Zona',
    colour: 'Warna',
    notes: 'Masalah',
    band: 'predikat {n}',
    HIJAU: 'Hijau',
    KUNING: 'Kuning',
    MERAH: 'Merah',
    add: 'Tambah predikat',
    remove: 'Hapus predikat {n}',
  },
  {
    heading: 'Grades',
    intro: 'Best first. Each grade ends 0.01 below the lower bound of the grade above it; together they cover 0.00–100.00.',
    caption: 'Score range of each grade',
    code: 'Code',
    labelId: 'Label (Indonesian)',
    labelEn: 'Label (English)',
    min: 'From',
    max: 'To',
    zone: 'Zone',
    colour: 'Colour',
    notes: 'Issues',
    band: 'grade {n}',
    HIJAU: 'Green',
    KUNING: 'Yellow',
    MERAH: 'Red',
    add: 'Add a grade',
    remove: 'Remove grade {n}',
  },
);

/** The grade bands: code, labels, bounds, zone and colour, with the issues of each band beside it. */
export function GradeBandsTable() {
  const t = useT(messages);
  const { doc, update, readOnly } = useEditor();
  return (
    <section className="page-section" aria-labelledby="grade-bands-heading">
      <h2 id="grade-bands-heading">{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <IssuesAt path="gradeBands" />
      <TableScroll label={t('caption')}>
        <table className="data-table bands-table">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('code')}</th>
              <th scope="col">{t('labelId')}</th>
              <th scope="col">{t('labelEn')}</th>
              <th scope="col">{t('min')}</th>
              <th scope="col">{t('max')}</th>
              <th scope="col">{t('zone')}</th>
              <th scope="col">{t('colour')}</th>
              <th scope="col">{t('notes')}</th>
            </tr>
          </thead>
          <tbody>
            {doc.gradeBands.map((band, index) => {
              const path = ['gradeBands', index] as const;
              const context = `${t('band', { n: index + 1 })} ${band.code}`;
              return (
                <tr key={index} id={fieldId(path)}>
                  <td>
                    <TextField path={[...path, 'code']} label={t('code')} context={context} className="field--compact field--code" />
                  </td>
                  <td>
                    <TextField path={[...path, 'label', 'id']} label={t('labelId')} context={context} className="field--compact" />
                  </td>
                  <td>
                    <TextField path={[...path, 'label', 'en']} label={t('labelEn')} context={context} className="field--compact" />
                  </td>
                  <td>
                    <NumberField path={[...path, 'min']} label={t('min')} context={context} className="field--compact field--number" />
                  </td>
                  <td>
                    <NumberField path={[...path, 'max']} label={t('max')} context={context} className="field--compact field--number" />
                  </td>
                  <td>
                    <SelectField
                      path={[...path, 'zone']}
                      label={t('zone')}
                      context={context}
                      className="field--compact"
                      options={(['HIJAU', 'KUNING', 'MERAH'] as const).map((zone) => ({ value: zone, label: t(zone) }))}
                    />
                  </td>
                  <td>
                    <div className="colour-field">
                      <span className="colour-swatch" style={{ background: /^#[0-9a-f]{6}$/i.test(band.colour) ? band.colour : 'transparent' }} aria-hidden="true" />
                      <TextField path={[...path, 'colour']} label={t('colour')} context={context} className="field--compact field--code" />
                    </div>
                  </td>
                  <td>
                    <IssuesAt path={pathToString(path)} />
                    {readOnly ? null : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => update(['gradeBands'], doc.gradeBands.filter((_, i) => i !== index))}
                      >
                        {t('remove', { n: index + 1 })}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {readOnly ? null : (
        <button type="button" className="button button--secondary" onClick={() => update(['gradeBands'], [...doc.gradeBands, newBand()])}>
          {t('add')}
        </button>
      )}
    </section>
  );
}
