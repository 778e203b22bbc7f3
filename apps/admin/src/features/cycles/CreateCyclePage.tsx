import { useMutation, useQuery } from '@apollo/client/react';
import { CreateCycleDocument, CyclesDocument, MethodologyPresetsDocument } from '@patuh/graphql';
import { defineMessages, ErrorState, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { readApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { cycleSegments, paths } from '../../routes/paths';

const messages = defineMessages(
  {
    documentTitle: 'Siklus baru — Patuh Admin',
    heading: 'Siklus penilaian baru',
    intro: 'Siklus baru dimulai pada tahap Draf dengan salinan metodologi dari preset yang Anda pilih. Metodologinya dapat diubah sampai pengumpulan data dimulai.',
    year: 'Tahun penilaian',
    title: 'Judul',
    titleDefault: 'Penilaian Kepatuhan {year}',
    preset: 'Metodologi awal',
    presetYears: 'dipakai pada {years}',
    submit: 'Buat siklus',
    creating: 'Membuat…',
    yearInvalid: 'Isi tahun empat angka, misalnya 2026.',
    titleRequired: 'Isi judul siklus (minimal 3 karakter).',
    presetRequired: 'Pilih metodologi awal.',
  },
  {
    documentTitle: 'New cycle — Patuh Admin',
    heading: 'New assessment cycle',
    intro: 'A new cycle starts in Draft with a copy of the methodology of the preset you choose. Its methodology can change until data collection starts.',
    year: 'Assessment year',
    title: 'Title',
    titleDefault: 'Penilaian Kepatuhan {year}',
    preset: 'Starting methodology',
    presetYears: 'used in {years}',
    submit: 'Create the cycle',
    creating: 'Creating…',
    yearInvalid: 'Enter a four-digit year, for example 2026.',
    titleRequired: 'Enter the cycle title (at least 3 characters).',
    presetRequired: 'Choose a starting methodology.',
  },
);

type FieldName = 'year' | 'title' | 'presetId';

/** Creating a cycle from one of the methodologies shipped with the platform. */
export function CreateCyclePage() {
  const t = useT(messages);
  useDocumentTitle(t('documentTitle'));
  const cycles = useQuery(CyclesDocument);
  const presets = useQuery(MethodologyPresetsDocument);
  if (!cycles.data || !presets.data) {
    if (cycles.loading || presets.loading) return <LoadingState />;
    return <ErrorState onRetry={() => void Promise.all([cycles.refetch(), presets.refetch()]).catch(() => undefined)} />;
  }
  const latest = Math.max(new Date().getFullYear() - 1, ...cycles.data.cycles.map((cycle) => cycle.year));
  return (
    <div className="narrow-page">
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <CreateCycleForm suggestedYear={latest + 1} presets={presets.data.methodologyPresets} />
    </div>
  );
}

function CreateCycleForm({
  suggestedYear,
  presets,
}: {
  suggestedYear: number;
  presets: readonly { id: string; version: string; title: { id: string; en: string }; years: readonly number[] }[];
}) {
  const t = useT(messages);
  const { locale } = useLocale();
  const errorText = useApiErrorText();
  const navigate = useNavigate();
  const [createCycle, { loading }] = useMutation(CreateCycleDocument, { refetchQueries: [CyclesDocument] });
  const [year, setYear] = useState(String(suggestedYear));
  // The title follows the year until someone writes their own.
  const [title, setTitle] = useState<string | null>(null);
  const [presetId, setPresetId] = useState(presets[presets.length - 1]?.id ?? '');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const refs = { year: useRef<HTMLInputElement>(null), title: useRef<HTMLInputElement>(null), presetId: useRef<HTMLInputElement>(null) };
  const shownTitle = title ?? t('titleDefault', { year });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<FieldName, string>> = {};
    if (!/^\d{4}$/.test(year.trim())) found.year = t('yearInvalid');
    if (shownTitle.trim().length < 3) found.title = t('titleRequired');
    if (!presetId) found.presetId = t('presetRequired');
    setErrors(found);
    setFormError(null);
    const first = (['year', 'title', 'presetId'] as const).find((name) => found[name]);
    if (first) return refs[first].current?.focus();
    try {
      const result = await createCycle({ variables: { input: { year: Number(year), title: shownTitle.trim(), presetId } } });
      const created = result.data?.createCycle;
      if (created) await navigate(paths.cycle(created.id, cycleSegments.methodology), { state: { created: true } });
    } catch (error) {
      const apiError = readApiError(error);
      const field = apiError.field?.replace(/^input\./, '') as FieldName | undefined;
      if (apiError.code === 'BAD_USER_INPUT' && field && field in refs) {
        setErrors({ [field]: errorText(apiError) });
        refs[field].current?.focus();
      } else {
        setFormError(errorText(apiError));
      }
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {formError ? (
        <div className="notice notice--error" role="alert">
          <p>{formError}</p>
        </div>
      ) : null}
      <Field label={t('year')} error={errors.year}>
        {(control) => (
          <input {...control} ref={refs.year} className="input--short" inputMode="numeric" value={year} onChange={(event) => setYear(event.target.value)} />
        )}
      </Field>
      <Field label={t('title')} error={errors.title}>
        {(control) => <input {...control} ref={refs.title} value={shownTitle} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <fieldset className={`fieldset${errors.presetId ? ' field--invalid' : ''}`}>
        <legend>{t('preset')}</legend>
        {errors.presetId ? <p className="field__error">{errors.presetId}</p> : null}
        {presets.map((preset, index) => (
          <div key={preset.id} className="radio">
            <input
              id={`preset-${preset.id}`}
              ref={index === 0 ? refs.presetId : undefined}
              type="radio"
              name="preset"
              value={preset.id}
              checked={presetId === preset.id}
              onChange={() => setPresetId(preset.id)}
            />
            <label htmlFor={`preset-${preset.id}`}>
              {preset.title[locale]}{' '}
              <span className="muted">
                ({preset.id} {preset.version}; {t('presetYears', { years: preset.years.join(', ') })})
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('creating') : t('submit')}
        </button>
      </div>
    </form>
  );
}
