import { useApolloClient, useMutation } from '@apollo/client/react';
import { CycleOverviewDocument, CycleProgressByProvinceDocument, MoveCycleStageDocument, type CycleOverviewQuery, type CycleStage } from '@patuh/graphql';
import { ConfirmDialog, cycleStageMessages, defineMessages, useLocale, useT } from '@patuh/ui';
import { useRef, useState } from 'react';
import { readApiError, type ApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';

type Cycle = NonNullable<CycleOverviewQuery['cycle']>;
type Transition = NonNullable<Cycle['allowedTransitions']>[number];

const messages = defineMessages(
  {
    heading: 'Pindah tahap',
    none: 'Siklus ini tidak dapat berpindah tahap lagi.',
    forward: 'Pindahkan ke tahap {stage}',
    backward: 'Kembali ke tahap {stage}',
    refused: 'Belum dapat pindah ke tahap {stage}:',
    confirmForward: 'Pindahkan siklus {year} ke tahap {stage}?',
    confirmBackward: 'Kembalikan siklus {year} ke tahap {stage}?',
    fromTo: 'Siklus berpindah dari tahap {from} ke tahap {to}. Perpindahan ini dicatat di jejak audit.',
    reopen: 'Tahap {stage} dibuka kembali. Alasan Anda dicatat di jejak audit.',
    reason: 'Alasan membuka kembali tahap ini',
    reasonRequired: 'Tuliskan alasannya (minimal 3 karakter).',
    confirm: 'Ya, pindahkan',
    confirmBack: 'Ya, kembalikan',
    moved: 'Siklus kini pada tahap {stage}.',
    reload: 'Muat ulang siklus',
    PREPARATION: 'Siklus diumumkan: publik dan instansi dapat melihat tahap dan jadwalnya.',
    COLLECTION: 'Metodologi dikunci dan tidak dapat diubah lagi; penilaian unit dimulai.',
    VERIFICATION: 'Penilaian yang diajukan mulai diverifikasi.',
    CLARIFICATION: 'Instansi dapat melihat temuan sementaranya dan mengajukan klarifikasi.',
    DECISION: 'Klarifikasi ditutup; hasil siap ditetapkan dan dipublikasikan.',
    ARCHIVED: 'Siklus diarsipkan.',
  },
  {
    heading: 'Move to another stage',
    none: 'This cycle cannot move to another stage any more.',
    forward: 'Move to {stage}',
    backward: 'Go back to {stage}',
    refused: 'Cannot move to {stage} yet:',
    confirmForward: 'Move cycle {year} to {stage}?',
    confirmBackward: 'Take cycle {year} back to {stage}?',
    fromTo: 'The cycle moves from {from} to {to}. The move is recorded in the audit log.',
    reopen: '{stage} is reopened. Your reason is recorded in the audit log.',
    reason: 'Why this stage is reopened',
    reasonRequired: 'Write the reason (at least 3 characters).',
    confirm: 'Yes, move it',
    confirmBack: 'Yes, take it back',
    moved: 'The cycle is now in {stage}.',
    reload: 'Reload the cycle',
    PREPARATION: 'The cycle is announced: the public and assessed bodies can see its stage and schedule.',
    COLLECTION: 'The methodology is locked and can no longer change; units are assessed.',
    VERIFICATION: 'Submitted assessments are verified.',
    CLARIFICATION: 'Bodies can see their draft findings and raise clarifications.',
    DECISION: 'Clarifications close; results are ready to be decided and published.',
    ARCHIVED: 'The cycle is archived.',
  },
);

const consequenceKeys = ['PREPARATION', 'COLLECTION', 'VERIFICATION', 'CLARIFICATION', 'DECISION', 'ARCHIVED'] as const;
type ConsequenceKey = (typeof consequenceKeys)[number];
const hasConsequence = (stage: CycleStage): stage is ConsequenceKey => (consequenceKeys as readonly string[]).includes(stage);

/**
 * The moves the cycle can make now: each allowed one behind a confirmation naming what happens,
 * each refused one with the guard's reasons.
 */
export function StageMoves({ cycle, canMove }: { cycle: Cycle; canMove: boolean }) {
  const t = useT(messages);
  const tStage = useT(cycleStageMessages);
  const { locale } = useLocale();
  const [moving, setMoving] = useState<Transition | null>(null);
  const [moved, setMoved] = useState<CycleStage | null>(null);
  const transitions = cycle.allowedTransitions ?? [];

  return (
    <section className="page-section" aria-labelledby="stage-moves-heading">
      <h2 id="stage-moves-heading">{t('heading')}</h2>
      <div aria-live="polite">
        {moved ? (
          <div className="notice notice--success">
            <p>{t('moved', { stage: tStage(moved) })}</p>
          </div>
        ) : null}
      </div>
      {transitions.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="stage-moves">
        {transitions.map((transition) => (
          <li key={transition.to} className="stage-move">
            {transition.allowed ? (
              canMove ? (
                <button
                  type="button"
                  className={`button${transition.direction === 'BACKWARD' ? ' button--secondary' : ''}`}
                  onClick={() => {
                    setMoved(null);
                    setMoving(transition);
                  }}
                >
                  {t(transition.direction === 'FORWARD' ? 'forward' : 'backward', { stage: tStage(transition.to) })}
                </button>
              ) : null
            ) : (
              <div className="notice notice--warning">
                <p className="notice__title">{t('refused', { stage: tStage(transition.to) })}</p>
                <ul>
                  {transition.reasons.map((reason) => (
                    <li key={reason.en}>{reason[locale]}</li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
      {moving ? (
        <MoveDialog
          cycle={cycle}
          transition={moving}
          onDone={(stage) => {
            setMoving(null);
            setMoved(stage);
          }}
          onCancel={() => setMoving(null)}
        />
      ) : null}
    </section>
  );
}

function MoveDialog({
  cycle,
  transition,
  onDone,
  onCancel,
}: {
  cycle: Cycle;
  transition: Transition;
  onDone: (stage: CycleStage) => void;
  onCancel: () => void;
}) {
  const t = useT(messages);
  const tStage = useT(cycleStageMessages);
  const { locale } = useLocale();
  const errorText = useApiErrorText();
  const client = useApolloClient();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const refetchQueries = [
    { query: CycleOverviewDocument, variables: { id: cycle.id } },
    { query: CycleProgressByProvinceDocument, variables: { id: cycle.id } },
  ];
  const [move, { loading }] = useMutation(MoveCycleStageDocument, { refetchQueries, awaitRefetchQueries: true });
  const backward = transition.direction === 'BACKWARD';
  const stage = tStage(transition.to);

  const confirm = async () => {
    if (backward && reason.trim().length < 3) {
      setReasonError(t('reasonRequired'));
      reasonRef.current?.focus();
      return;
    }
    setFailure(null);
    try {
      await move({
        variables: { cycleId: cycle.id, to: transition.to, expectedVersion: cycle.version, reason: backward ? reason.trim() : null },
      });
      onDone(transition.to);
    } catch (error) {
      setFailure(readApiError(error));
    }
  };

  return (
    <ConfirmDialog
      title={t(backward ? 'confirmBackward' : 'confirmForward', { year: cycle.year, stage })}
      confirmLabel={t(backward ? 'confirmBack' : 'confirm')}
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      error={
        failure ? (
          <div className="notice notice--error" role="alert">
            <p>{errorText(failure)}</p>
            {failure.reasons.length > 0 ? (
              <ul>
                {failure.reasons.map((item) => (
                  <li key={item.en}>{item[locale]}</li>
                ))}
              </ul>
            ) : null}
            {failure.code === 'CONFLICT' ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void client.refetchQueries({ include: refetchQueries.map((entry) => entry.query) }).then(onCancel)}
              >
                {t('reload')}
              </button>
            ) : null}
          </div>
        ) : null
      }
    >
      <p>{backward ? t('reopen', { stage }) : t('fromTo', { from: tStage(cycle.stage), to: stage })}</p>
      {!backward && hasConsequence(transition.to) ? <p>{t(transition.to)}</p> : null}
      {backward ? (
        <Field label={t('reason')} error={reasonError}>
          {(control) => <textarea {...control} ref={reasonRef} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
      ) : null}
    </ConfirmDialog>
  );
}
