/**
 * Publication as the API offers it to headquarters: publishing a decided cycle and correcting a
 * published one, with the publication service's refusals turned into the API's errors (a stable
 * code, a message in both languages, and the ids of whatever stands in the way).
 */
import { CycleStage } from '@patuh/db';
import type { Context } from '../../context.js';
import { badInput, conflict, notFound, PatuhError, type Bilingual } from '../../errors.js';
import { requirePublishedRevision, toRevisionInfo } from '../results/results.shared.js';
import { publishCycle, PublicationError, type PublishCycleInput } from './publication.service.js';
import type { PublicationResult } from './publication.type.js';

const CYCLE: Bilingual = { id: 'Siklus penilaian', en: 'Assessment cycle' };
const CYCLE_FIELDS = { id: true, year: true, title: true, stage: true, synthetic: true, version: true } as const;

/** Publishes a cycle in DECISION as its revision 1. */
export function publishDecidedCycle(ctx: Context, input: { cycleId: string; expectedVersion: number }): Promise<PublicationResult> {
  return publish(ctx, { cycleId: input.cycleId, expectedStage: CycleStage.DECISION, expectedVersion: input.expectedVersion }, {
    id: 'Siklus hanya dapat dipublikasikan dari tahap Penetapan.',
    en: 'A cycle can only be published from the Decision stage.',
  });
}

/** A new revision of a published cycle, computed from the findings as they stand now. */
export function publishCorrection(ctx: Context, input: { cycleId: string; reason: string }): Promise<PublicationResult> {
  return publish(ctx, { cycleId: input.cycleId, expectedStage: CycleStage.PUBLISHED, reason: input.reason }, {
    id: 'Koreksi hanya dapat dibuat untuk siklus yang sedang dipublikasikan.',
    en: 'A correction can only be made to a cycle that is published.',
  });
}

async function publish(
  ctx: Context,
  request: Pick<PublishCycleInput, 'cycleId' | 'expectedStage' | 'expectedVersion' | 'reason'>,
  wrongStage: Bilingual,
): Promise<PublicationResult> {
  const actorId = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
  const published = await publishCycle(ctx.prisma, { ...request, actorId, requestId: ctx.requestId }).catch(async (error: unknown) => {
    if (!(error instanceof PublicationError)) throw error;
    throw await toApiError(ctx, error, request.cycleId, wrongStage);
  });
  ctx.resultsChanged();
  const cycle = await ctx.prisma.cycle.findUniqueOrThrow({ where: { id: request.cycleId }, select: CYCLE_FIELDS });
  const revision = await requirePublishedRevision(ctx.prisma, cycle.year, published.revision);
  return { cycle, revision: toRevisionInfo(revision, published.institutionCount), unitCount: published.unitCount };
}

async function toApiError(ctx: Context, error: PublicationError, cycleId: string, wrongStage: Bilingual): Promise<PatuhError> {
  const n = error.ids.length;
  const notReady = (message: Bilingual) => new PatuhError('STAGE_NOT_ALLOWED', message, { reason: error.code, ids: error.ids });
  switch (error.code) {
    case 'CYCLE_NOT_FOUND':
      return notFound(CYCLE);
    case 'REASON_REQUIRED':
      return badInput('input.reason', { id: 'Koreksi hasil memerlukan alasan.', en: 'A correction of the results needs a reason.' });
    case 'CYCLE_CHANGED': {
      const current = await ctx.prisma.cycle.findUnique({ where: { id: cycleId }, select: CYCLE_FIELDS });
      return conflict(
        {
          id: `Siklus telah diubah oleh orang lain (kini versi ${current?.version}). Muat ulang lalu periksa sebelum mempublikasikan.`,
          en: `The cycle was changed by someone else (now version ${current?.version}). Reload and check before publishing.`,
        },
        current,
      );
    }
    case 'WRONG_STAGE':
      return new PatuhError('STAGE_NOT_ALLOWED', wrongStage, { reason: error.code, ids: error.ids });
    case 'NO_METHODOLOGY':
      return notReady({ id: 'Siklus ini belum memiliki metodologi.', en: 'This cycle has no methodology.' });
    case 'INVALID_METHODOLOGY':
      return notReady({ id: 'Metodologi siklus ini tidak valid; perbaiki terlebih dahulu.', en: "This cycle's methodology is not valid; fix it first." });
    case 'UNVERIFIED_ASSESSMENTS':
      return notReady({ id: `${n} unit sampel belum memiliki penilaian terverifikasi.`, en: `${n} sampled unit(s) have no verified assessment.` });
    case 'OPEN_CLARIFICATIONS':
      return notReady({ id: `${n} klarifikasi masih terbuka dan harus diputuskan.`, en: `${n} clarification(s) are still open and must be decided.` });
    case 'INCOMPLETE_ASSESSMENT':
      return notReady({ id: `${n} unit atau instansi belum dapat dinilai: temuannya belum lengkap.`, en: `${n} unit(s) or institution(s) cannot be scored: findings are incomplete.` });
    case 'NOTHING_TO_PUBLISH':
      return notReady({
        id: 'Siklus ini tidak memiliki penilaian untuk dihitung; hasil impor dikoreksi dengan impor ulang.',
        en: 'This cycle has no assessments to score; imported results are corrected by importing them again.',
      });
  }
}
