import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { SubmitAssessmentDocument } from '@patuh/graphql';
import { ConfirmDialog, defineMessages, useLocale, useT } from '@patuh/ui';
import { useState } from 'react';
import { readApiError, type ApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import type { FormState } from './AssessmentForm';
import { indicatorAnchor } from './IndicatorTree';
import type { ScoringMethod } from './method';

const messages = defineMessages(
  {
    submit: 'Ajukan untuk verifikasi',
    waitSaved: 'Pengajuan tersedia setelah semua perubahan tersimpan.',
    incomplete: 'Menurut perhitungan di peramban, {count} indikator belum dijawab; server akan menolak pengajuan yang belum lengkap.',
    title: 'Ajukan penilaian {unit} untuk verifikasi?',
    body: 'Penilaian diserahkan kepada verifikator. Jawabannya tidak dapat diubah lagi, kecuali verifikator mengembalikannya dengan alasan.',
    confirm: 'Ya, ajukan',
    refused: 'Penilaian belum dapat diajukan.',
    missing: 'Indikator yang belum dijawab:',
    invalid: 'Indikator yang jawabannya tidak sesuai skala:',
  },
  {
    submit: 'Submit for verification',
    waitSaved: 'Submitting is possible once every change is saved.',
    incomplete: 'By the computation in the browser, {count} indicator(s) are unanswered; the server refuses an incomplete submission.',
    title: 'Submit the assessment of {unit} for verification?',
    body: 'The assessment goes to the verifiers. Its answers can no longer change, unless a verifier returns it with a reason.',
    confirm: 'Yes, submit it',
    refused: 'The assessment cannot be submitted yet.',
    missing: 'Indicators not answered yet:',
    invalid: 'Indicators whose answer does not fit the scale:',
  },
);

/** The indicators a refused submission names (`extensions.missing` and `extensions.invalid`). */
function refusedIndicators(error: unknown): { missing: string[]; invalid: string[] } {
  if (!CombinedGraphQLErrors.is(error)) return { missing: [], invalid: [] };
  const extensions = (error.errors[0]?.extensions ?? {}) as { missing?: unknown; invalid?: unknown };
  const codes = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return { missing: codes(extensions.missing), invalid: codes(extensions.invalid) };
}

export interface SubmitAssessmentProps {
  assessmentId: string;
  unitName: string;
  state: FormState;
  method: ScoringMethod;
  onSubmitted: () => void;
}

/** Hands a complete assessment to the verifiers, after saying what that means; a refusal lists what is missing. */
export function SubmitAssessment({ assessmentId, unitName, state, method, onSubmitted }: SubmitAssessmentProps) {
  const t = useT(messages);
  const { locale } = useLocale();
  const errorText = useApiErrorText();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<{ error: ApiError; missing: string[]; invalid: string[] } | null>(null);
  const [submit, { loading }] = useMutation(SubmitAssessmentDocument);
  const saved = state.status === 'saved';

  const confirm = async () => {
    setRefusal(null);
    try {
      await submit({ variables: { id: assessmentId, expectedVersion: state.version } });
      setConfirming(false);
      onSubmitted();
    } catch (error) {
      setConfirming(false);
      setRefusal({ error: readApiError(error), ...refusedIndicators(error) });
    }
  };

  const indicatorList = (codes: string[]) => (
    <ul>
      {codes.map((code) => (
        <li key={code}>
          <a href={`#${indicatorAnchor(code)}`}>
            {code} — {method.indicators.get(code)?.indicator.title[locale] ?? ''}
          </a>
        </li>
      ))}
    </ul>
  );

  return (
    <div className="submit-assessment">
      <button type="button" className="button" disabled={!saved || loading} onClick={() => setConfirming(true)} aria-describedby={saved ? undefined : 'submit-wait'}>
        {t('submit')}
      </button>
      {!saved ? (
        <p className="field__hint" id="submit-wait">
          {t('waitSaved')}
        </p>
      ) : state.score.missing.length > 0 ? (
        <p className="field__hint">{t('incomplete', { count: state.score.missing.length })}</p>
      ) : null}
      <div aria-live="polite">
        {refusal ? (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">{t('refused')}</p>
            <p>{errorText(refusal.error)}</p>
            {refusal.missing.length > 0 ? (
              <>
                <p>{t('missing')}</p>
                {indicatorList(refusal.missing)}
              </>
            ) : null}
            {refusal.invalid.length > 0 ? (
              <>
                <p>{t('invalid')}</p>
                {indicatorList(refusal.invalid)}
              </>
            ) : null}
          </div>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog title={t('title', { unit: unitName })} confirmLabel={t('confirm')} busy={loading} onCancel={() => setConfirming(false)} onConfirm={() => void confirm()}>
          <p>{t('body')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
