import { CombinedGraphQLErrors } from '@apollo/client';
import type { AssessmentDetailFragment } from '@patuh/graphql';
import { METHOD_2022 } from '@patuh/scoring';
import { LocaleProvider } from '@patuh/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AssessmentForm } from './AssessmentForm';
import { ConflictResolver } from './ConflictResolver';
import { readDraft, writeDraft } from './draftStore';
import { toScoringMethod, type ScoringMethod } from './method';
import type { AnswerConflict, SaveAnswers, StoredAnswer } from './useAnswerDrafts';

const method = toScoringMethod(METHOD_2022) as ScoringMethod;
const indicatorOf = (code: string) => method.indicators.get(code)?.indicator;
const colleague = { id: 'u-admin', name: 'Admin Pusat (demo)' };

function stored(indicatorCode: string, value: number, by = colleague): StoredAnswer {
  return { indicatorCode, value, notApplicable: false, note: null, updatedAt: '2026-07-01T03:00:00.000Z', updatedBy: by };
}

describe('ConflictResolver', () => {
  const conflict: AnswerConflict = {
    codes: ['IN-KOM-01', 'PNG-PEN-01'],
    theirs: { 'IN-KOM-01': { value: 3, notApplicable: false, note: 'Diperiksa ulang' }, 'PNG-PEN-01': { value: 0, notApplicable: false, note: null } },
    changedBy: { 'IN-KOM-01': { name: 'Admin Pusat (demo)', at: '2026-07-01T03:00:00.000Z' } },
  };
  const mine = { 'IN-KOM-01': { value: 1, notApplicable: false, note: null }, 'PNG-PEN-01': { value: 1, notApplicable: false, note: null } };

  it('shows each indicator with my answer beside the stored one, and who stored it', () => {
    render(
      <LocaleProvider>
        <ConflictResolver conflict={conflict} mine={mine} indicatorOf={indicatorOf} onResolve={() => undefined} />
      </LocaleProvider>,
    );
    const heading = screen.getByRole('heading', { name: 'Perubahan Anda bertentangan dengan perubahan orang lain' });
    expect(heading).toHaveFocus();
    const competence = screen.getByRole('group', { name: /IN-KOM-01/ });
    expect(competence).toHaveTextContent('Jawaban Anda (belum disimpan)1 — Mengetahui sebagian kecil');
    expect(competence).toHaveTextContent('Jawaban tersimpan, oleh Admin Pusat (demo)');
    expect(competence).toHaveTextContent('3 — Mengetahui sepenuhnya, dengan bukti');
    expect(competence).toHaveTextContent('Catatan: Diperiksa ulang');
    const complaints = screen.getByRole('group', { name: /PNG-PEN-01/ });
    expect(complaints).toHaveTextContent('Jawaban Anda (belum disimpan)Ya');
    expect(complaints).toHaveTextContent('Jawaban tersimpanTidak');
  });

  it('asks for a choice on every indicator, then hands the choices over', async () => {
    const user = userEvent.setup();
    const onResolve = vi.fn();
    render(
      <LocaleProvider>
        <ConflictResolver conflict={conflict} mine={mine} indicatorOf={indicatorOf} onResolve={onResolve} />
      </LocaleProvider>,
    );
    await user.click(within(screen.getByRole('radiogroup', { name: 'Jawaban yang dipakai untuk IN-KOM-01' })).getByRole('radio', { name: 'Pakai jawaban saya' }));
    await user.click(screen.getByRole('button', { name: 'Simpan pilihan' }));
    expect(onResolve).not.toHaveBeenCalled();
    expect(screen.getByText('Pilih jawaban untuk setiap indikator (1 belum dipilih).')).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: 'Jawaban yang dipakai untuk PNG-PEN-01' })).getByRole('radio', { name: 'Pakai jawaban saya' })).toHaveFocus();

    await user.click(within(screen.getByRole('radiogroup', { name: 'Jawaban yang dipakai untuk PNG-PEN-01' })).getByRole('radio', { name: 'Pakai jawaban tersimpan' }));
    await user.click(screen.getByRole('button', { name: 'Simpan pilihan' }));
    expect(onResolve).toHaveBeenCalledWith({ 'IN-KOM-01': 'mine', 'PNG-PEN-01': 'theirs' });
  });
});

describe('a conflicting save in the assessment form', { timeout: 20_000 }, () => {
  function assessment(): AssessmentDetailFragment {
    return {
      id: '0190a000-0000-7000-8000-0000000000c1',
      cycleId: 'c2026',
      cycleStage: 'COLLECTION',
      status: 'DRAFT',
      version: 2,
      submittedAt: null,
      verifiedAt: null,
      updatedAt: '2026-07-01T02:00:00.000Z',
      unit: { id: 'u1', name: 'DPMPTSP Kota Tangerang Selatan' },
      institution: { id: 'i1', name: 'Pemerintah Kota Tangerang Selatan', provinceCode: '36' },
      answers: [
        { ...stored('IN-KOM-01', 2), updatedAt: '2026-07-01T02:00:00.000Z', updatedBy: colleague },
        { ...stored('IN-KOM-02', 2), updatedAt: '2026-07-01T02:00:00.000Z', updatedBy: colleague },
      ],
      evidence: [],
      comments: [],
      liveScore: null,
    };
  }

  it('restores unsaved edits after a reload, merges what it can, asks about the rest, and saves the choice against the new version', async () => {
    const user = userEvent.setup();
    // Meanwhile a colleague saved version 3: IN-KOM-01 set to 0 and IN-SAR-02 answered.
    const theirs = [stored('IN-KOM-01', 0), stored('IN-KOM-02', 2), stored('IN-SAR-02', 3)];
    const save = vi.fn<SaveAnswers>();
    save.mockRejectedValueOnce(
      new CombinedGraphQLErrors({
        data: null,
        errors: [
          {
            message: 'Penilaian ini telah diubah orang lain sejak Anda membukanya.',
            extensions: {
              code: 'CONFLICT',
              i18n: { id: 'Penilaian ini telah diubah orang lain sejak Anda membukanya.', en: 'Someone else changed this assessment since you opened it.' },
              current: { version: 3, answers: theirs },
            },
          },
        ],
      }),
    );
    save.mockImplementation(async (request) => ({
      version: request.expectedVersion + 1,
      answers: [...theirs.filter((answer) => !request.answers.some((sent) => sent.indicatorCode === answer.indicatorCode)), ...request.answers.map((a) => stored(a.indicatorCode, a.value as number))],
    }));

    // Before a reload, I had set IN-KOM-01 to 3 and IN-KOM-02 to 1, from version 2; neither reached the server.
    const kept = { value: 2, notApplicable: false, note: null };
    writeDraft(window.localStorage, {
      assessmentId: assessment().id,
      baseVersion: 2,
      edits: { 'IN-KOM-01': { answer: { ...kept, value: 3 }, base: kept }, 'IN-KOM-02': { answer: { ...kept, value: 1 }, base: kept } },
      updatedAt: '2026-07-01T02:30:00.000Z',
    });
    render(
      <LocaleProvider>
        <AssessmentForm assessment={assessment()} method={method} save={save} onEvidenceUploaded={() => undefined} storage={window.localStorage} debounceMs={20} />
      </LocaleProvider>,
    );
    expect(screen.getByText(/dipulihkan dari peramban ini/)).toBeInTheDocument();

    const resolver = await screen.findByRole('region', { name: 'Perubahan Anda bertentangan dengan perubahan orang lain' }, { timeout: 5_000 });
    // Only IN-KOM-01 was changed by both; IN-KOM-02 (mine alone) was merged.
    expect(within(resolver).getAllByRole('group').map((group) => group.querySelector('legend')?.textContent)).toEqual([expect.stringMatching(/^IN-KOM-01/)]);
    expect(screen.getByRole('status')).toHaveTextContent('pilih jawaban pada indikator yang bertentangan');
    // The unsaved answers are still kept in this browser, against the version now stored.
    expect(readDraft(window.localStorage, assessment().id)?.edits).toMatchObject({ 'IN-KOM-01': { answer: { value: 3 } }, 'IN-KOM-02': { answer: { value: 1 } } });

    await user.click(within(resolver).getByRole('radio', { name: 'Pakai jawaban saya' }));
    await user.click(within(resolver).getByRole('button', { name: 'Simpan pilihan' }));

    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2), { timeout: 5_000 });
    const retried = save.mock.calls[1]?.[0];
    expect(retried?.expectedVersion).toBe(3);
    expect(retried?.answers.map((answer) => [answer.indicatorCode, answer.value])).toEqual(
      expect.arrayContaining([
        ['IN-KOM-01', 3],
        ['IN-KOM-02', 1],
      ]),
    );
    await screen.findByText(/^Tersimpan/, undefined, { timeout: 5_000 });
    // Their answer to IN-SAR-02 shows too: nothing from either side was lost.
    expect(within(screen.getByRole('group', { name: /^IN-SAR-02/ })).getByRole('radio', { name: /^3 — / })).toBeChecked();
    expect(readDraft(window.localStorage, assessment().id)).toBeNull();
  });
});
