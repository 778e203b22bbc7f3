/**
 * What must hold before a cycle may enter a stage. Each guard answers with every reason it is not
 * met, so that staff see the whole list at once, both before trying (allowedTransitions) and
 * when a move is refused (STAGE_NOT_ALLOWED).
 */
import { AssessmentStatus, ClarificationStatus, CycleStage, type Prisma, type PrismaClient } from '@patuh/db';
import { validateMethodology } from '@patuh/scoring';
import type { SignedIn, Viewer } from '../../auth/viewer.js';
import type { Bilingual } from '../../errors.js';
import { nextStage, previousStage, STAGE_NAMES } from './cycle.stages.js';
import { StageDirection } from './cycle.type.js';

type Db = PrismaClient | Prisma.TransactionClient;

/** How `to` relates to `from`: the next stage, the previous one (when it may be reopened), or neither. */
export function directionOf(from: CycleStage, to: CycleStage): StageDirection | null {
  if (nextStage(from) === to) return StageDirection.FORWARD;
  if (previousStage(from) === to) return StageDirection.BACKWARD;
  return null;
}

export function unreachableStage(from: CycleStage, to: CycleStage): Bilingual {
  const next = nextStage(from);
  const back = previousStage(from);
  const allowed = [next, back].filter((s): s is CycleStage => s !== null);
  const list = (lang: 'id' | 'en') => allowed.map((s) => STAGE_NAMES[s][lang]).join(lang === 'id' ? ' atau ' : ' or ');
  return allowed.length === 0
    ? {
        id: `Tahap ${STAGE_NAMES[from].id} adalah tahap terakhir.`,
        en: `${STAGE_NAMES[from].en} is the last stage.`,
      }
    : {
        id: `Dari tahap ${STAGE_NAMES[from].id}, siklus hanya dapat berpindah ke tahap ${list('id')}, bukan ${STAGE_NAMES[to].id}.`,
        en: `From ${STAGE_NAMES[from].en}, a cycle can only move to ${list('en')}, not ${STAGE_NAMES[to].en}.`,
      };
}

const ONLY_ADMINS_MOVE_STAGES: Bilingual = {
  id: 'Hanya admin yang dapat memindahkan tahap siklus.',
  en: 'Only admins can move a cycle to another stage.',
};

const PUBLISH_THROUGH_PUBLICATION: Bilingual = {
  id: 'Tahap Publikasi dicapai melalui operasi publikasi hasil (publishCycle), yang menghitung, memeringkat, dan membekukan hasil.',
  en: 'A cycle reaches Published through the results publication operation (publishCycle), which scores, ranks and freezes the results.',
};

/** Every reason the cycle cannot enter `to` now, going forward; empty when it can. */
async function forwardGuardReasons(db: Db, cycleId: string, to: CycleStage): Promise<Bilingual[]> {
  switch (to) {
    case CycleStage.COLLECTION:
      return [...(await methodologyReasons(db, cycleId)), ...(await samplingReasons(db, cycleId))];
    case CycleStage.CLARIFICATION:
      return unverifiedReasons(db, cycleId);
    case CycleStage.DECISION:
      return openClarificationReasons(db, cycleId);
    case CycleStage.PUBLISHED:
      return [PUBLISH_THROUGH_PUBLICATION];
    default:
      return [];
  }
}

/** Reasons a viewer may not make a move now: the move's own guards and the viewer's role. */
export async function moveReasons(db: Db, viewer: Viewer, cycleId: string, direction: StageDirection, to: CycleStage): Promise<Bilingual[]> {
  const reasons = direction === StageDirection.FORWARD ? await forwardGuardReasons(db, cycleId, to) : [];
  return isAdmin(viewer) ? reasons : [ONLY_ADMINS_MOVE_STAGES, ...reasons];
}

const isAdmin = (viewer: Viewer): viewer is SignedIn => viewer.kind === 'user' && viewer.role === 'ADMIN';

/** Data collection scores against the methodology, so it must be complete and valid. */
async function methodologyReasons(db: Db, cycleId: string): Promise<Bilingual[]> {
  const latest = await db.methodology.findFirst({ where: { cycleId }, orderBy: { version: 'desc' }, select: { version: true, document: true } });
  if (latest === null) {
    return [{ id: 'Siklus belum memiliki metodologi.', en: 'The cycle has no methodology.' }];
  }
  const result = validateMethodology(latest.document);
  if (result.ok) return [];
  const first = result.issues[0];
  return [
    {
      id: `Metodologi versi ${latest.version} tidak valid (${result.issues.length} masalah; pertama: ${first?.path || 'dokumen'}: ${first?.message}).`,
      en: `Methodology version ${latest.version} is invalid (${result.issues.length} issue(s); first: ${first?.path || 'document'}: ${first?.message}).`,
    },
  ];
}

async function samplingReasons(db: Db, cycleId: string): Promise<Bilingual[]> {
  const units = await db.sampling.count({ where: { cycleId } });
  return units > 0
    ? []
    : [{ id: 'Belum ada unit layanan yang menjadi sampel.', en: 'No service unit has been sampled yet.' }];
}

/** Bodies check facts against verified findings only. */
async function unverifiedReasons(db: Db, cycleId: string): Promise<Bilingual[]> {
  const [unverified, withoutAssessment] = await Promise.all([
    db.assessment.count({ where: { cycleId, status: { not: AssessmentStatus.VERIFIED } } }),
    db.sampling.count({ where: { cycleId, assessment: { is: null } } }),
  ]);
  const reasons: Bilingual[] = [];
  if (unverified > 0) {
    reasons.push({
      id: `${unverified} penilaian belum terverifikasi.`,
      en: `${unverified} assessment(s) are not verified yet.`,
    });
  }
  if (withoutAssessment > 0) {
    reasons.push({
      id: `${withoutAssessment} unit sampel belum memiliki penilaian.`,
      en: `${withoutAssessment} sampled unit(s) have no assessment.`,
    });
  }
  return reasons;
}

/** Results are decided once every factual-accuracy request has been answered and decided. */
async function openClarificationReasons(db: Db, cycleId: string): Promise<Bilingual[]> {
  const counts = await db.clarification.groupBy({
    by: ['status'],
    where: { cycleId, status: { in: [ClarificationStatus.OPEN, ClarificationStatus.ANSWERED] } },
    _count: { _all: true },
  });
  const of = (status: ClarificationStatus) => counts.find((c) => c.status === status)?._count._all ?? 0;
  const reasons: Bilingual[] = [];
  if (of(ClarificationStatus.OPEN) > 0) {
    reasons.push({
      id: `${of(ClarificationStatus.OPEN)} klarifikasi masih terbuka.`,
      en: `${of(ClarificationStatus.OPEN)} clarification(s) are still open.`,
    });
  }
  if (of(ClarificationStatus.ANSWERED) > 0) {
    reasons.push({
      id: `${of(ClarificationStatus.ANSWERED)} klarifikasi sudah dijawab tetapi belum diputuskan.`,
      en: `${of(ClarificationStatus.ANSWERED)} clarification(s) are answered but not yet decided.`,
    });
  }
  return reasons;
}
