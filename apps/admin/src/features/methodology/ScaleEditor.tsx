import { defineMessages, useT } from '@patuh/ui';
import { pathToString, type DraftScale, type Path } from './draft';
import { NumberField, SelectField, TextField, useEditor } from './fields';
import { IssuesAt } from './IssueMessages';
import { TableScroll } from '../../components/TableScroll';

const messages = defineMessages(
  {
    yesNo: 'Jawaban ya mendapat nilai penuh, tidak mendapat nol.',
    levels: 'Tingkat',
    levelsHelp: 'Tingkat terendah bernilai 0 %, tertinggi 100 %, yang di antaranya sebanding dengan nilainya.',
    levelValue: 'Nilai',
    labelId: 'Keterangan (Bahasa Indonesia)',
    labelEn: 'Keterangan (Inggris)',
    level: 'tingkat {n}',
    addLevel: 'Tambah tingkat',
    removeLevel: 'Hapus tingkat {n}',
    actions: 'Tindakan',
    percentage: 'Jawaban 0–100 menjadi nilai itu sendiri.',
    decimals: 'Jumlah desimal jawaban',
    step: 'Langkah perbaikan (untuk simulasi)',
    aggregate: 'Cara menghimpun',
    MEAN: 'Rata-rata',
    SHARE: 'Proporsi',
    INDEX: 'Indeks',
    min: 'Nilai min',
    max: 'Nilai maks',
    direction: 'Arah',
    HIGHER_IS_BETTER: 'Makin tinggi makin baik',
    LOWER_IS_BETTER: 'Makin rendah makin baik',
    numeric: 'Jawaban dinormalisasi secara linear antara min dan maks; di luar rentang dibatasi.',
  },
  {
    yesNo: 'A yes earns full marks, a no earns zero.',
    levels: 'Levels',
    levelsHelp: 'The lowest level scores 0 %, the highest 100 %, those between in proportion to their value.',
    levelValue: 'Value',
    labelId: 'Label (Indonesian)',
    labelEn: 'Label (English)',
    level: 'level {n}',
    addLevel: 'Add a level',
    removeLevel: 'Remove level {n}',
    actions: 'Actions',
    percentage: 'An answer of 0–100 scores itself.',
    decimals: 'Decimals of an answer',
    step: 'Step of improvement (for simulations)',
    aggregate: 'How it is aggregated',
    MEAN: 'Mean',
    SHARE: 'Share',
    INDEX: 'Index',
    min: 'Min value',
    max: 'Max value',
    direction: 'Direction',
    HIGHER_IS_BETTER: 'Higher is better',
    LOWER_IS_BETTER: 'Lower is better',
    numeric: 'Answers are normalised linearly between min and max; values beyond are clamped.',
  },
);

/** The parameters of an indicator's scale, by kind. */
export function ScaleEditor({ scale, path, context }: { scale: DraftScale; path: Path; context: string }) {
  const t = useT(messages);
  const { update, readOnly } = useEditor();
  switch (scale.kind) {
    case 'YES_NO':
      return <p className="muted">{t('yesNo')}</p>;
    case 'PERCENTAGE':
      return (
        <>
          <p className="muted">{t('percentage')}</p>
          <div className="field-row">
            <NumberField path={[...path, 'decimals']} label={t('decimals')} context={context} optional />
            <NumberField path={[...path, 'step']} label={t('step')} context={context} optional />
          </div>
        </>
      );
    case 'NUMERIC':
      return (
        <>
          <p className="muted">{t('numeric')}</p>
          <div className="field-row">
            <SelectField
              path={[...path, 'aggregate']}
              label={t('aggregate')}
              context={context}
              options={(['MEAN', 'SHARE', 'INDEX'] as const).map((value) => ({ value, label: t(value) }))}
            />
            <NumberField path={[...path, 'normalisation', 'min']} label={t('min')} context={context} />
            <NumberField path={[...path, 'normalisation', 'max']} label={t('max')} context={context} />
            <SelectField
              path={[...path, 'normalisation', 'direction']}
              label={t('direction')}
              context={context}
              options={(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const).map((value) => ({ value, label: t(value) }))}
            />
          </div>
          <IssuesAt path={pathToString([...path, 'normalisation'])} />
          <div className="field-row">
            <NumberField path={[...path, 'decimals']} label={t('decimals')} context={context} optional />
            <NumberField path={[...path, 'step']} label={t('step')} context={context} optional />
          </div>
        </>
      );
    case 'ORDINAL': {
      const levelsPath = [...path, 'levels'];
      return (
        <>
          <TableScroll label={`${t('levels')} — ${context}`}>
            <table className="data-table levels-table">
              <caption>
                {t('levels')} <span className="visually-hidden">— {context}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('levelValue')}</th>
                  <th scope="col">{t('labelId')}</th>
                  <th scope="col">{t('labelEn')}</th>
                  {readOnly ? null : <th scope="col">{t('actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {scale.levels.map((_, index) => {
                  const levelContext = `${context}, ${t('level', { n: index + 1 })}`;
                  return (
                    <tr key={index}>
                      <td>
                        <NumberField path={[...levelsPath, index, 'value']} label={t('levelValue')} context={levelContext} className="field--compact" />
                      </td>
                      <td>
                        <TextField path={[...levelsPath, index, 'label', 'id']} label={t('labelId')} context={levelContext} className="field--compact" />
                      </td>
                      <td>
                        <TextField path={[...levelsPath, index, 'label', 'en']} label={t('labelEn')} context={levelContext} className="field--compact" />
                      </td>
                      {readOnly ? null : (
                        <td>
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => update(levelsPath, scale.levels.filter((_, i) => i !== index))}
                          >
                            {t('removeLevel', { n: index + 1 })}
                            {' '}<span className="visually-hidden">— {context}</span>
                          </button>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">{t('levelsHelp')}</p>
          <IssuesAt path={pathToString(levelsPath)} />
          {readOnly ? null : (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                const last = scale.levels[scale.levels.length - 1]?.value;
                update(levelsPath, [...scale.levels, { value: typeof last === 'number' ? last + 1 : '', label: { id: '', en: '' } }]);
              }}
            >
              {t('addLevel')}
              {' '}<span className="visually-hidden">— {context}</span>
            </button>
          )}
        </>
      );
    }
  }
}
