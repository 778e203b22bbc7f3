import type { AssessmentDetailFragment } from '@patuh/graphql';
import { formatScore, METHOD_2022, scoreUnit, type Answers } from '@patuh/scoring';
import { LocaleProvider } from '@patuh/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AssessmentForm } from './AssessmentForm';
import { readDraft } from './draftStore';
import { extremeAnswers } from '../methodology/preview';
import { toScoringMethod, type ScoringMethod } from './method';
import type { SaveAnswers } from './useAnswerDrafts';

const method = toScoringMethod(METHOD_2022) as ScoringMethod;

/** Every indicator at its best answer, except the ones left out. */
function bestAnswersExcept(...left: string[]) {
  const best = extremeAnswers(METHOD_2022, 'best');
  return Object.entries(best)
    .filter(([code]) => !left.includes(code))
    .map(([indicatorCode, answer]) => ({
      __typename: 'AssessmentAnswer' as const,
      indicatorCode,
      value: typeof answer === 'boolean' ? (answer ? 1 : 0) : (answer as number),
      notApplicable: false,
      note: null,
      updatedAt: '2026-07-01T02:00:00.000Z',
      updatedBy: { __typename: 'PersonRef' as const, id: 'u-banten', name: 'Asisten Perwakilan Banten (demo)' },
    }));
}

function assessment(answers: AssessmentDetailFragment['answers']): AssessmentDetailFragment {
  return {
    id: '0190a000-0000-7000-8000-000000000001',
    cycleId: 'c2026',
    cycleStage: 'COLLECTION',
    status: 'DRAFT',
    version: 4,
    submittedAt: null,
    verifiedAt: null,
    updatedAt: '2026-07-01T02:00:00.000Z',
    unit: { id: 'u1', name: 'Disdukcapil Kota Tangerang Selatan' },
    institution: { id: 'i1', name: 'Pemerintah Kota Tangerang Selatan', provinceCode: '36' },
    answers,
    evidence: [],
    comments: [],
    liveScore: null,
  };
}

/** A stand-in for the API: it stores what is sent and answers with every stored answer, as saveAnswers does. */
function fakeServer(initial: AssessmentDetailFragment['answers']) {
  const stored = new Map(initial.map((answer) => [answer.indicatorCode, { indicatorCode: answer.indicatorCode, value: answer.value, notApplicable: answer.notApplicable, note: answer.note }]));
  return vi.fn<SaveAnswers>(async (request) => {
    for (const answer of request.answers)
      stored.set(answer.indicatorCode, { indicatorCode: answer.indicatorCode, value: answer.value ?? null, notApplicable: !!answer.notApplicable, note: answer.note ?? null });
    return { version: request.expectedVersion + 1, answers: [...stored.values()] };
  });
}

function renderForm(answers: AssessmentDetailFragment['answers'], save: SaveAnswers) {
  return render(
    <LocaleProvider>
      <AssessmentForm assessment={assessment(answers)} method={method} save={save} onEvidenceUploaded={() => undefined} storage={window.localStorage} debounceMs={20} />
    </LocaleProvider>,
  );
}

const idScore = (value: number) => formatScore(value, { decimalSeparator: ',' });
const scoreRegion = () => screen.getByTestId('unit-score');

// The whole 2022 method (37 indicators) is drawn and scored on every change.
describe('AssessmentForm', { timeout: 20_000 }, () => {
  it('recomputes the unit score and its dimensions with the scoring package as answers change, and saves them', async () => {
    const user = userEvent.setup();
    const stored = bestAnswersExcept('PNG-PEN-01');
    const save = fakeServer(stored);
    renderForm(stored, save);

    expect(scoreRegion()).toHaveTextContent('Belum lengkap: 1 dari 37 indikator belum dijawab.');

    const complaints = screen.getByRole('group', { name: /PNG-PEN-01/ });
    await user.click(within(complaints).getByRole('radio', { name: 'Ya' }));
    expect(scoreRegion()).toHaveTextContent(idScore(100));
    expect(scoreRegion()).toHaveTextContent('Kualitas Tertinggi');

    // One level down on a staff-competence indicator: the score the package gives, to the hundredth.
    const competence = screen.getByRole('group', { name: /IN-KOM-01/ });
    await user.click(within(competence).getByRole('radio', { name: /^1 — / }));
    const expected: Answers = { ...extremeAnswers(METHOD_2022, 'best'), 'IN-KOM-01': 1 };
    const result = scoreUnit(METHOD_2022, expected);
    expect(result.score).toBeLessThan(100);
    expect(scoreRegion()).toHaveTextContent(idScore(result.score as number));

    const breakdown = screen.getByRole('table', { name: 'Rincian per dimensi' });
    const input = result.explanation?.dimensions.find((dimension) => dimension.code === 'INPUT');
    const inputRow = within(breakdown).getByRole('row', { name: /Input/ });
    expect(inputRow).toHaveTextContent(idScore(input?.points as number));

    // The changes are saved once typing pauses, against the version read.
    const sent = () => save.mock.calls.flatMap(([request]) => request.answers.map((answer) => answer.indicatorCode));
    await vi.waitFor(() => expect(sent()).toEqual(expect.arrayContaining(['PNG-PEN-01', 'IN-KOM-01'])), { timeout: 5_000 });
    expect(save.mock.calls[0]?.[0].expectedVersion).toBe(4);
    await screen.findByText(/^Tersimpan/, undefined, { timeout: 5_000 });
  });

  it('marks an answer off its scale next to the indicator and keeps it out of the save', async () => {
    const user = userEvent.setup();
    const stored = bestAnswersExcept();
    const save = fakeServer(stored);
    renderForm(stored, save);
    expect(scoreRegion()).toHaveTextContent(idScore(100));

    const perception = screen.getByRole('group', { name: /OUT-PER-01/ });
    const field = within(perception).getByRole('textbox', { name: 'Nilai' });
    await user.clear(field);
    await user.type(field, 'tiga');
    expect(within(perception).getByText('Tulis sebuah angka, misalnya 75 atau 75,5.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await user.type(field, '2,5');
    expect(within(perception).queryByText(/Tulis sebuah angka/)).not.toBeInTheDocument();
    const expected = scoreUnit(METHOD_2022, { ...extremeAnswers(METHOD_2022, 'best'), 'OUT-PER-01': 2.5 });
    expect(scoreRegion()).toHaveTextContent(idScore(expected.score as number));
    await vi.waitFor(
      () => expect(save.mock.calls.at(-1)?.[0].answers).toEqual([{ indicatorCode: 'OUT-PER-01', value: 2.5, notApplicable: false, note: null }]),
      { timeout: 5_000 },
    );
    // Only numbers (or a cleared answer) were ever sent, never the unreadable text.
    const values = save.mock.calls.flatMap(([request]) => request.answers.map((answer) => answer.value));
    expect(values.every((value) => value === null || Number.isFinite(value))).toBe(true);
  });

  it('keeps changes in the browser while the server cannot be reached, and saves them once it is back', async () => {
    const user = userEvent.setup();
    const stored = bestAnswersExcept('PNG-PEN-01');
    const server = fakeServer(stored);
    const save = vi.fn<SaveAnswers>();
    save.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockImplementation(server);
    renderForm(stored, save);

    await user.click(within(screen.getByRole('group', { name: /PNG-PEN-01/ })).getByRole('radio', { name: 'Tidak' }));
    expect(await screen.findByText(/^Offline, akan disimpan: 1 perubahan/, undefined, { timeout: 5_000 })).toBeInTheDocument();
    expect(readDraft(window.localStorage, assessment([]).id)?.edits).toEqual({ 'PNG-PEN-01': { answer: { value: 0, notApplicable: false, note: null }, base: null } });

    window.dispatchEvent(new Event('online'));
    await screen.findByText(/^Tersimpan/, undefined, { timeout: 5_000 });
    expect(save).toHaveBeenCalledTimes(2);
    expect(readDraft(window.localStorage, assessment([]).id)).toBeNull();
  });
});
