import type { Indicator } from '@patuh/scoring';
import { defineMessages, useLocale, useT } from '@patuh/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { formatDateTime } from '../../components/format';
import { useAnswerText } from './answerText';
import { normaliseNote, type AnswerState } from './answers';
import type { AnswerConflict, Resolution } from './useAnswerDrafts';
import './assessments.css';

const messages = defineMessages(
  {
    heading: 'Perubahan Anda bertentangan dengan perubahan orang lain',
    intro:
      'Sementara Anda mengisi, {count} indikator yang sama diubah dan disimpan oleh orang lain. Jawaban Anda belum disimpan dan tetap ada di peramban ini. Pilih untuk setiap indikator jawaban mana yang dipakai; pilihan disimpan pada versi terbaru penilaian. Perubahan Anda yang lain sudah digabungkan.',
    mine: 'Jawaban Anda (belum disimpan)',
    theirs: 'Jawaban tersimpan',
    theirsBy: 'Jawaban tersimpan, oleh {name}',
    theirsAt: 'pada {time}',
    note: 'Catatan: {note}',
    keepMine: 'Pakai jawaban saya',
    takeTheirs: 'Pakai jawaban tersimpan',
    allMine: 'Pakai semua jawaban saya',
    allTheirs: 'Pakai semua jawaban tersimpan',
    apply: 'Simpan pilihan',
    choose: 'Pilih jawaban untuk setiap indikator ({left} belum dipilih).',
    choice: 'Jawaban yang dipakai untuk {code}',
  },
  {
    heading: 'Your changes conflict with someone else’s',
    intro:
      'While you were editing, {count} of the same indicators were changed and saved by someone else. Your answers are not saved yet and are kept in this browser. For each indicator, choose which answer to keep; your choice is saved on the latest version of the assessment. Your other changes are already merged.',
    mine: 'Your answer (not saved yet)',
    theirs: 'Saved answer',
    theirsBy: 'Saved answer, by {name}',
    theirsAt: 'at {time}',
    note: 'Note: {note}',
    keepMine: 'Keep my answer',
    takeTheirs: 'Take the saved answer',
    allMine: 'Keep all my answers',
    allTheirs: 'Take all the saved answers',
    apply: 'Save these choices',
    choose: 'Choose an answer for every indicator ({left} not chosen yet).',
    choice: 'Answer to keep for {code}',
  },
);

export interface ConflictResolverProps {
  conflict: AnswerConflict;
  /** The person's own unsaved answers, by indicator code. */
  mine: Readonly<Record<string, AnswerState | undefined>>;
  indicatorOf: (code: string) => Indicator | undefined;
  onResolve: (choices: Resolution) => void;
}

/**
 * A conflicting save, indicator by indicator: the person's answer beside the stored one, with who
 * stored it, and a choice for each. Nothing is applied until every indicator has one.
 */
export function ConflictResolver({ conflict, mine, indicatorOf, onResolve }: ConflictResolverProps) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { describe } = useAnswerText();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const [prompt, setPrompt] = useState<string | null>(null);

  // The page changed under the person's hands: take them to the decision.
  useEffect(() => headingRef.current?.focus(), []);

  const left = conflict.codes.filter((code) => !choices[code]);
  const apply = () => {
    if (left.length > 0) {
      setPrompt(t('choose', { left: left.length }));
      document.querySelector<HTMLInputElement>(`[data-conflict="${left[0]}"]`)?.focus();
      return;
    }
    onResolve(choices);
  };
  const chooseAll = (side: 'mine' | 'theirs') => {
    setChoices(Object.fromEntries(conflict.codes.map((code) => [code, side])));
    setPrompt(null);
  };

  return (
    <section className="conflict notice notice--warning" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('heading')}
      </h2>
      <p>{t('intro', { count: conflict.codes.length })}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => chooseAll('mine')}>
          {t('allMine')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => chooseAll('theirs')}>
          {t('allTheirs')}
        </button>
      </div>
      <ul className="conflict__list">
        {conflict.codes.map((code) => {
          const indicator = indicatorOf(code);
          const by = conflict.changedBy[code];
          const theirs = conflict.theirs[code];
          return (
            <li key={code} className="conflict__item">
              <fieldset className="fieldset">
                <legend>
                  {code} {indicator ? `— ${indicator.title[locale]}` : null}
                </legend>
                <div className="conflict__sides">
                  <div className="conflict__side">
                    <p className="conflict__label">{t('mine')}</p>
                    <AnswerSummary text={describe(indicator, mine[code])} note={mine[code]?.note} />
                  </div>
                  <div className="conflict__side">
                    <p className="conflict__label">
                      {by ? t('theirsBy', { name: by.name }) : t('theirs')}
                      {by?.at ? ` ${t('theirsAt', { time: formatDateTime(by.at, locale) })}` : null}
                    </p>
                    <AnswerSummary text={describe(indicator, theirs)} note={theirs?.note} />
                  </div>
                </div>
                <div role="radiogroup" aria-label={t('choice', { code })} className="conflict__choice">
                  <label className="radio">
                    <input
                      type="radio"
                      name={`conflict-${code}`}
                      data-conflict={code}
                      checked={choices[code] === 'mine'}
                      onChange={() => setChoices((current) => ({ ...current, [code]: 'mine' }))}
                    />
                    <span>{t('keepMine')}</span>
                  </label>
                  <label className="radio">
                    <input
                      type="radio"
                      name={`conflict-${code}`}
                      checked={choices[code] === 'theirs'}
                      onChange={() => setChoices((current) => ({ ...current, [code]: 'theirs' }))}
                    />
                    <span>{t('takeTheirs')}</span>
                  </label>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <div aria-live="polite">{prompt && left.length > 0 ? <p className="field__error">{prompt}</p> : null}</div>
      <button type="button" className="button" onClick={apply}>
        {t('apply')}
      </button>
    </section>
  );
}

function AnswerSummary({ text, note }: { text: string; note: string | null | undefined }) {
  const t = useT(messages);
  const shownNote = normaliseNote(note);
  return (
    <>
      <p className="conflict__answer">{text}</p>
      {shownNote ? <p className="muted">{t('note', { note: shownNote })}</p> : null}
    </>
  );
}
