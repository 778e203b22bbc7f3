/**
 * Evidence files: who may attach one to an assessment or a clarification, and who may read it.
 * The bytes go through FileStorage (see evidence.routes.ts); this records their metadata.
 */
import { recordAudit } from '../../audit/audit.js';
import { badInput, notFound } from '../../errors.js';
import { assertUndecided, loadClarification } from '../clarification/clarification.scope.js';
import { assertMayRead, assertMayRecord, signedIn } from './assessment.scope.js';
import { assertFindingsOpen, loadAssessment, methodologyFor, type ServiceContext } from './assessment.service.js';
import { EVIDENCE_SELECT, toApiEvidence } from './assessment.loaders.js';
import type { Evidence } from './assessment.type.js';
import type { StoredFile } from './file-storage.js';

export interface EvidenceTarget {
  assessmentId: string | null;
  clarificationId: string | null;
  indicatorCode: string | null;
  cycleId: string;
  institutionId: string;
}

const notInMethodology = (code: string) =>
  badInput('indicatorCode', {
    id: `Indikator ${code} tidak ada dalam metodologi siklus ini.`,
    en: `Indicator ${code} is not in this cycle’s methodology.`,
  });

/** Evidence for findings is attached by those who may record them, while they may. */
async function assessmentTarget(ctx: ServiceContext, assessmentId: string, indicatorCode: string | null): Promise<EvidenceTarget> {
  const assessment = await loadAssessment(ctx.prisma, assessmentId);
  await assertMayRecord(ctx.prisma, ctx.viewer, assessment);
  assertFindingsOpen(assessment);
  if (indicatorCode !== null && !(await methodologyFor(ctx.prisma, assessment.cycleId)).indicatorIndex.has(indicatorCode)) {
    throw notInMethodology(indicatorCode);
  }
  return { assessmentId, clarificationId: null, indicatorCode, cycleId: assessment.cycleId, institutionId: assessment.institutionId };
}

/** Evidence for a clarification comes from either side of it while it is undecided. */
async function clarificationTarget(ctx: ServiceContext, clarificationId: string, indicatorCode: string | null): Promise<EvidenceTarget> {
  const clarification = await loadClarification(ctx.prisma, clarificationId);
  await assertMayRead(ctx.prisma, ctx.viewer, clarification);
  assertUndecided(clarification);
  if (indicatorCode !== null && indicatorCode !== clarification.indicatorCode) {
    throw badInput('indicatorCode', {
      id: `Klarifikasi ini tentang indikator ${clarification.indicatorCode}.`,
      en: `This clarification is about indicator ${clarification.indicatorCode}.`,
    });
  }
  return {
    assessmentId: null,
    clarificationId,
    indicatorCode: clarification.indicatorCode,
    cycleId: clarification.cycleId,
    institutionId: clarification.institutionId,
  };
}

/** Checked before a byte of the upload is read. */
export function evidenceTarget(
  ctx: ServiceContext,
  owner: { assessmentId: string } | { clarificationId: string },
  indicatorCode: string | null,
): Promise<EvidenceTarget> {
  return 'assessmentId' in owner ? assessmentTarget(ctx, owner.assessmentId, indicatorCode) : clarificationTarget(ctx, owner.clarificationId, indicatorCode);
}

export async function recordEvidence(
  ctx: ServiceContext,
  target: EvidenceTarget,
  stored: StoredFile,
  file: { fileName: string; contentType: string },
): Promise<Evidence> {
  const viewer = signedIn(ctx.viewer);
  return ctx.prisma.$transaction(async (tx) => {
    const row = await tx.evidence.create({
      data: {
        assessmentId: target.assessmentId,
        clarificationId: target.clarificationId,
        indicatorCode: target.indicatorCode,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: stored.size,
        checksum: stored.checksum,
        storageKey: stored.key,
        uploadedById: viewer.userId,
      },
      select: EVIDENCE_SELECT,
    });
    await recordAudit(tx, viewer, ctx.requestId, {
      action: 'evidence.upload',
      entityType: 'Evidence',
      entityId: row.id,
      cycleId: target.cycleId,
      institutionId: target.institutionId,
      after: { ...target, fileName: file.fileName, contentType: file.contentType, sizeBytes: stored.size, checksum: stored.checksum },
    });
    return toApiEvidence(row);
  });
}

export interface EvidenceFile {
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  checksum: string;
}

/** A file is read by whoever may read the assessment or clarification it belongs to. */
export async function evidenceForDownload(ctx: ServiceContext, id: string): Promise<EvidenceFile> {
  const row = await ctx.prisma.evidence.findUnique({
    where: { id },
    select: { storageKey: true, fileName: true, contentType: true, sizeBytes: true, checksum: true, assessmentId: true, clarificationId: true },
  });
  if (!row) throw notFound({ id: 'Bukti', en: 'Evidence' });
  const owner = row.assessmentId !== null ? await loadAssessment(ctx.prisma, row.assessmentId) : await loadClarification(ctx.prisma, row.clarificationId!);
  await assertMayRead(ctx.prisma, ctx.viewer, owner);
  const { assessmentId: _a, clarificationId: _c, ...file } = row;
  return file;
}
