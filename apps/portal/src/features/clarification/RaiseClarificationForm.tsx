import { useMutation, useQuery } from '@apollo/client/react';
import { ClarificationsDocument, PortalClarificationUnitsDocument, RaiseClarificationDocument, type PortalClarificationMethodQuery } from '@patuh/graphql';
import { ErrorState, LoadingState, defineMessages, useT } from '@patuh/ui';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { messageIn, readApiError } from '../api/errors';
import { answerInWords, indicatorsByCode } from '../methodology/scaleText';
import { EvidencePicker, UploadProgress, checkFiles, evidenceMessages, useEvidenceUploads } from './EvidenceUploader';

type Method = NonNullable<NonNullable<PortalClarificationMethodQuery['cycle']>['methodology']>;

const messages = defineMessages(
  {
    heading: 'Ajukan klarifikasi',
    intro:
      'Bila sebuah temuan sementara keliru secara faktual, jelaskan apa yang seharusnya tercatat dan lampirkan buktinya. Ombudsman menjawab, lalu memutuskan sebelum hasil ditetapkan.',
    unit: 'Unit layanan',
    chooseUnit: 'Pilih unit',
    indicator: 'Indikator',
    chooseIndicator: 'Pilih indikator',
    current: 'Temuan yang tercatat sekarang: {answer}',
    message: 'Penjelasan Anda',
    messageHint: 'Apa yang keliru, apa yang seharusnya, dan bukti apa yang Anda lampirkan. Paling banyak 4.000 karakter.',
    submit: 'Ajukan klarifikasi',
    submitting: 'Mengajukan…',
    required: 'Isi kolom ini.',
    noUnits: 'Tidak ada unit instansi Anda yang dinilai pada siklus ini.',
    failed: 'Klarifikasi tidak dapat diajukan.',
  },
  {
    heading: 'Raise a clarification',
    intro:
      'If a draft finding is factually wrong, explain what should have been recorded and attach the evidence. The Ombudsman answers, then decides before the results are fixed.',
    unit: 'Service unit',
    chooseUnit: 'Choose a unit',
    indicator: 'Indicator',
    chooseIndicator: 'Choose an indicator',
    current: 'The finding recorded now: {answer}',
    message: 'Your explanation',
    messageHint: 'What is wrong, what it should be, and what evidence you attach. At most 4,000 characters.',
    submit: 'Raise the clarification',
    submitting: 'Raising…',
    required: 'Fill in this field.',
    noUnits: 'None of your body’s units is assessed in this cycle.',
    failed: 'The clarification could not be raised.',
  },
);

export interface RaiseClarificationFormProps {
  cycleId: string;
  institutionId: string;
  method: Method;
  onRaised: (clarificationId: string, allUploaded: boolean) => void;
}

/** Unit, indicator, explanation and evidence: a factual-accuracy request on a draft finding. */
export function RaiseClarificationForm({ cycleId, institutionId, method, onRaised }: RaiseClarificationFormProps) {
  const t = useT(messages);
  const tEvidence = useT(evidenceMessages);
  const id = useId();
  const units = useQuery(PortalClarificationUnitsDocument, { variables: { cycleId, institutionId } });
  const [raise, { loading }] = useMutation(RaiseClarificationDocument, {
    refetchQueries: [{ query: ClarificationsDocument, variables: { cycleId, filter: { institutionId }, first: 50 } }],
  });
  const { progress, uploadAll } = useEvidenceUploads();
  const [assessmentId, setAssessmentId] = useState('');
  const [indicatorCode, setIndicatorCode] = useState('');
  const [message, setMessage] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<{ assessmentId?: string; indicatorCode?: string; message?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = { assessmentId: useRef<HTMLSelectElement>(null), indicatorCode: useRef<HTMLSelectElement>(null), message: useRef<HTMLTextAreaElement>(null) };

  const scales = useMemo(() => indicatorsByCode(method.document), [method.document]);
  const summary = method.summary;
  const assessment = units.data?.assessments.nodes.find((node) => node.id === assessmentId);
  const answer = assessment?.answers.find((a) => a.indicatorCode === indicatorCode);
  const problems = checkFiles(files, (key) => tEvidence(key));

  if (!units.data) return units.error ? <ErrorState onRetry={() => void units.refetch().catch(() => undefined)} /> : <LoadingState />;
  if (units.data.assessments.nodes.length === 0) return <p>{t('noUnits')}</p>;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const missing = {
      assessmentId: assessmentId ? undefined : t('required'),
      indicatorCode: indicatorCode ? undefined : t('required'),
      message: message.trim() ? undefined : t('required'),
    };
    setErrors(missing);
    const first = (['assessmentId', 'indicatorCode', 'message'] as const).find((key) => missing[key]);
    if (first) return refs[first].current?.focus();
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const { data } = await raise({ variables: { assessmentId, indicatorCode, message: message.trim() } });
      if (!data) return;
      const allUploaded = files.length === 0 ? true : await uploadAll(data.raiseClarification.id, files);
      onRaised(data.raiseClarification.id, allUploaded);
    } catch (error) {
      const api = readApiError(error);
      const text = messageIn(api, t.locale) ?? t('failed');
      const field = api.field === 'message' || api.field === 'indicatorCode' || api.field === 'assessmentId' ? api.field : null;
      if (field) {
        setErrors({ [field]: text });
        refs[field].current?.focus();
      } else {
        setFormError([text, ...api.reasons.map((reason) => reason[t.locale])].join(' '));
      }
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (key: keyof typeof errors) =>
    errors[key] ? (
      <p id={`${id}-${key}-error`} className="field__error">
        {errors[key]}
      </p>
    ) : null;
  const describedBy = (key: keyof typeof errors, extra?: string) => [extra, errors[key] ? `${id}-${key}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p>{t('intro')}</p>
      {formError ? (
        <p className="form__error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-unit`}>{t('unit')}</label>
        <select
          ref={refs.assessmentId}
          id={`${id}-unit`}
          value={assessmentId}
          onChange={(event) => setAssessmentId(event.target.value)}
          aria-invalid={errors.assessmentId ? true : undefined}
          aria-describedby={describedBy('assessmentId')}
        >
          <option value="">{t('chooseUnit')}</option>
          {units.data.assessments.nodes.map((node) => (
            <option key={node.id} value={node.id}>
              {node.unit.name}
            </option>
          ))}
        </select>
        {fieldError('assessmentId')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-indicator`}>{t('indicator')}</label>
        <select
          ref={refs.indicatorCode}
          id={`${id}-indicator`}
          value={indicatorCode}
          onChange={(event) => setIndicatorCode(event.target.value)}
          aria-invalid={errors.indicatorCode ? true : undefined}
          aria-describedby={describedBy('indicatorCode', assessment && indicatorCode ? `${id}-current` : undefined)}
        >
          <option value="">{t('chooseIndicator')}</option>
          {summary?.dimensions.map((dimension) => (
            <optgroup key={dimension.code} label={dimension.title[t.locale]}>
              {summary.indicators
                .filter((indicator) => indicator.dimensionCode === dimension.code)
                .map((indicator) => (
                  <option key={indicator.code} value={indicator.code}>
                    {indicator.code} — {indicator.title[t.locale]}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {assessment && indicatorCode ? (
          <p id={`${id}-current`} className="hint">
            {t('current', {
              answer: answerInWords(scales.get(indicatorCode)?.scale, answer ? (answer.notApplicable ? { notApplicable: true } : answer.value) : null, t.locale),
            })}
          </p>
        ) : null}
        {fieldError('indicatorCode')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-message`}>{t('message')}</label>
        <p id={`${id}-message-hint`} className="hint">
          {t('messageHint')}
        </p>
        <textarea
          ref={refs.message}
          id={`${id}-message`}
          rows={6}
          maxLength={4000}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message', `${id}-message-hint`)}
        />
        {fieldError('message')}
      </div>
      <EvidencePicker files={files} onChange={setFiles} problems={problems} />
      <UploadProgress progress={progress} />
      <button type="submit" className="button" disabled={busy || loading}>
        {busy || loading ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
