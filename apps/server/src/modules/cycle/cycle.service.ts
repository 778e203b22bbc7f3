/**
 * Cycles: who sees which, creating one from a methodology preset, planning its stage windows, and
 * moving it along its stages under the guards of stage-guards.ts.
 */
import DataLoader from 'dataloader';
import { CycleStage, Prisma, type PrismaClient } from '@patuh/db';
import { getPreset } from '@patuh/scoring';
import { recordAudit } from '../../audit/audit.js';
import type { Context } from '../../context.js';
import { badInput, conflict, notFound, stageNotAllowed, type Bilingual } from '../../errors.js';
import { defineLoader, loaderOf } from '../../graphql/loaders.js';
import { cycleVisibleTo, nextStage, previousStage, STAGE_NAMES, STAGE_ORDER } from './cycle.stages.js';
import { Cycle, CycleStageWindow, StageDirection, StageTransition } from './cycle.type.js';
import { directionOf, moveReasons, unreachableStage } from './stage-guards.js';

type Tx = Prisma.TransactionClient;

const CYCLE_FIELDS = { id: true, year: true, title: true, stage: true, synthetic: true, version: true } as const;

export const CYCLE: Bilingual = { id: 'Siklus', en: 'Cycle' };

// ---------------------------------------------------------------- reading

export async function listCycles(ctx: Context): Promise<Cycle[]> {
  const cycles = await ctx.prisma.cycle.findMany({ select: CYCLE_FIELDS, orderBy: { year: 'desc' } });
  return cycles.filter((cycle) => cycleVisibleTo(ctx.viewer, cycle.stage));
}

/** A cycle by id or year; null when there is none or the viewer may not see it. */
export async function findCycle(ctx: Context, where: { id: string } | { year: number }): Promise<Cycle | null> {
  const cycle = await ctx.prisma.cycle.findUnique({ where, select: CYCLE_FIELDS });
  return cycle && cycleVisibleTo(ctx.viewer, cycle.stage) ? cycle : null;
}

/** Every stage of a cycle in order, with its planned window where one is set. */
const stagesByCycle = defineLoader(
  (prisma: PrismaClient) =>
    new DataLoader<string, CycleStageWindow[]>(async (cycleIds) => {
      const rows = await prisma.cycleStageWindow.findMany({ where: { cycleId: { in: [...cycleIds] } } });
      return cycleIds.map((cycleId) => fullSchedule(rows.filter((row) => row.cycleId === cycleId)));
    }),
);

export function cycleStages(ctx: Context, cycleId: string): Promise<CycleStageWindow[]> {
  return loaderOf(ctx, stagesByCycle).load(cycleId);
}

function fullSchedule(windows: readonly CycleStageWindow[]): CycleStageWindow[] {
  return STAGE_ORDER.map((stage) => {
    const window = windows.find((w) => w.stage === stage);
    return { stage, opensAt: window?.opensAt ?? null, closesAt: window?.closesAt ?? null, openedAt: window?.openedAt ?? null };
  });
}

/** The next stage and, where allowed, the previous one, each with every reason it is refused now. */
export async function allowedTransitions(ctx: Context, cycle: Cycle): Promise<StageTransition[]> {
  const candidates: [StageDirection, CycleStage | null][] = [
    [StageDirection.FORWARD, nextStage(cycle.stage)],
    [StageDirection.BACKWARD, previousStage(cycle.stage)],
  ];
  const transitions: StageTransition[] = [];
  for (const [direction, to] of candidates) {
    if (to === null) continue;
    const reasons = await moveReasons(ctx.prisma, ctx.viewer, cycle.id, direction, to);
    transitions.push({ to, direction, allowed: reasons.length === 0, reasonRequired: direction === StageDirection.BACKWARD, reasons });
  }
  return transitions;
}

// ---------------------------------------------------------------- changing

/**
 * Locks the cycle row for the rest of the transaction, so that stage moves, schedule changes,
 * methodology edits, sampling and publication of one cycle queue behind each other.
 */
export async function lockCycle(tx: Tx, cycleId: string): Promise<Cycle> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "cycle" WHERE id = ${cycleId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound(CYCLE);
  return tx.cycle.findUniqueOrThrow({ where: { id: cycleId }, select: CYCLE_FIELDS });
}

const staleCycle = (current: Cycle) =>
  conflict(
    {
      id: `Siklus ${current.year} telah diubah oleh orang lain (kini versi ${current.version}, tahap ${STAGE_NAMES[current.stage].id}). Muat ulang lalu coba lagi.`,
      en: `Cycle ${current.year} was changed by someone else (now version ${current.version}, stage ${STAGE_NAMES[current.stage].en}). Reload and try again.`,
    },
    current,
  );

/** Bumps the cycle's version if it is still the one the caller read; otherwise a conflict. */
async function bumpVersion(tx: Tx, cycle: Cycle, expectedVersion: number, data: Prisma.CycleUpdateManyMutationInput = {}): Promise<Cycle> {
  if (cycle.version !== expectedVersion) throw staleCycle(cycle);
  const { count } = await tx.cycle.updateMany({
    where: { id: cycle.id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw staleCycle(await tx.cycle.findUniqueOrThrow({ where: { id: cycle.id }, select: CYCLE_FIELDS }));
  return tx.cycle.findUniqueOrThrow({ where: { id: cycle.id }, select: CYCLE_FIELDS });
}

export interface CreateCycle {
  year: number;
  title: string;
  presetId: string;
}

const yearTaken = (year: number) =>
  badInput('input.year', { id: `Siklus tahun ${year} sudah ada.`, en: `A cycle for ${year} already exists.` });

/** A DRAFT cycle whose methodology version 1 is a copy of the preset. */
export async function createCycle(ctx: Context, input: CreateCycle): Promise<Cycle> {
  const preset = getPreset(input.presetId);
  if (preset === undefined) {
    throw badInput('input.presetId', { id: `Preset metodologi ${input.presetId} tidak dikenal.`, en: `Unknown methodology preset ${input.presetId}.` });
  }
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      if (await tx.cycle.findUnique({ where: { year: input.year }, select: { id: true } })) throw yearTaken(input.year);
      const cycle = await tx.cycle.create({ data: { year: input.year, title: input.title, stage: CycleStage.DRAFT }, select: CYCLE_FIELDS });
      const methodology = await tx.methodology.create({
        data: {
          cycleId: cycle.id,
          version: 1,
          presetId: input.presetId,
          document: preset as unknown as Prisma.InputJsonObject,
          createdById: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
        },
        select: { id: true },
      });
      await recordAudit(tx, ctx.viewer, ctx.requestId, {
        action: 'cycle.create',
        entityType: 'Cycle',
        entityId: cycle.id,
        cycleId: cycle.id,
        after: { year: cycle.year, title: cycle.title, stage: cycle.stage, presetId: input.presetId, methodologyId: methodology.id },
      });
      return cycle;
    });
  } catch (error) {
    // Two admins creating the same year at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw yearTaken(input.year);
    throw error;
  }
}

export interface PlannedWindow {
  stage: CycleStage;
  opensAt: Date;
  closesAt: Date | null;
}

/**
 * Sets the planned windows of the stages given; others keep theirs. The whole schedule that
 * results must follow the stage order: each window opens no earlier than the one before it.
 */
export async function scheduleStages(ctx: Context, cycleId: string, expectedVersion: number, windows: readonly PlannedWindow[]): Promise<Cycle> {
  return ctx.prisma.$transaction(async (tx) => {
    const cycle = await lockCycle(tx, cycleId);
    if (cycle.stage === CycleStage.ARCHIVED) {
      throw stageNotAllowed({ id: 'Jadwal siklus yang sudah diarsipkan tidak dapat diubah.', en: 'The schedule of an archived cycle cannot change.' });
    }
    if (cycle.version !== expectedVersion) throw staleCycle(cycle);
    const before = fullSchedule(await tx.cycleStageWindow.findMany({ where: { cycleId } }));
    const after = before.map((window) => {
      const planned = windows.find((w) => w.stage === window.stage);
      return planned ? { ...window, opensAt: planned.opensAt, closesAt: planned.closesAt } : window;
    });
    refuseOutOfOrder(after, windows);
    for (const w of windows) {
      await tx.cycleStageWindow.upsert({
        where: { cycleId_stage: { cycleId, stage: w.stage } },
        create: { cycleId, stage: w.stage, opensAt: w.opensAt, closesAt: w.closesAt },
        update: { opensAt: w.opensAt, closesAt: w.closesAt },
      });
    }
    const updated = await bumpVersion(tx, cycle, expectedVersion);
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: 'cycle.schedule',
      entityType: 'Cycle',
      entityId: cycleId,
      cycleId,
      before: { version: cycle.version, windows: planned(before) },
      after: { version: updated.version, windows: planned(after) },
    });
    return updated;
  });
}

const planned = (schedule: readonly CycleStageWindow[]) =>
  schedule.filter((w) => w.opensAt !== null || w.closesAt !== null).map(({ stage, opensAt, closesAt }) => ({ stage, opensAt, closesAt }));

/** Names the given window at fault when a stage would open before the stage preceding it. */
function refuseOutOfOrder(schedule: readonly CycleStageWindow[], given: readonly PlannedWindow[]): void {
  let previous: { stage: CycleStage; opensAt: Date } | null = null;
  for (const { stage, opensAt } of schedule) {
    if (opensAt === null) continue;
    if (previous !== null && opensAt < previous.opensAt) {
      const earlier = previous.stage;
      const givenIndex = given.findIndex((w) => w.stage === stage);
      const index = givenIndex >= 0 ? givenIndex : given.findIndex((w) => w.stage === earlier);
      throw badInput(`windows[${index}].opensAt`, {
        id: `Tahap ${STAGE_NAMES[stage].id} tidak boleh dibuka sebelum tahap ${STAGE_NAMES[earlier].id}.`,
        en: `${STAGE_NAMES[stage].en} cannot open before ${STAGE_NAMES[earlier].en}.`,
      });
    }
    previous = { stage, opensAt };
  }
}

export interface StageMove {
  cycleId: string;
  to: CycleStage;
  expectedVersion: number;
  /** Required to reopen the previous stage. */
  reason: string | null;
}

/** One step forward under the stage's guards, or one step back with a reason. */
export async function moveCycleStage(ctx: Context, move: StageMove): Promise<Cycle> {
  return ctx.prisma.$transaction(async (tx) => {
    const cycle = await lockCycle(tx, move.cycleId);
    if (cycle.version !== move.expectedVersion) throw staleCycle(cycle);
    const direction = directionOf(cycle.stage, move.to);
    if (direction === null) throw refusedMove(move.to, [unreachableStage(cycle.stage, move.to)]);
    if (direction === StageDirection.BACKWARD && !move.reason) {
      throw badInput('reason', {
        id: `Kembali ke tahap ${STAGE_NAMES[move.to].id} memerlukan alasan.`,
        en: `Going back to ${STAGE_NAMES[move.to].en} needs a reason.`,
      });
    }
    const reasons = await moveReasons(tx, ctx.viewer, cycle.id, direction, move.to);
    if (reasons.length > 0) throw refusedMove(move.to, reasons);

    const moved = await bumpVersion(tx, cycle, move.expectedVersion, { stage: move.to });
    const openedAt = new Date();
    await tx.cycleStageWindow.upsert({
      where: { cycleId_stage: { cycleId: cycle.id, stage: move.to } },
      create: { cycleId: cycle.id, stage: move.to, openedAt },
      update: { openedAt },
    });
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: 'cycle.stage',
      entityType: 'Cycle',
      entityId: cycle.id,
      cycleId: cycle.id,
      before: { stage: cycle.stage, version: cycle.version },
      after: { stage: moved.stage, version: moved.version, direction, ...(move.reason ? { reason: move.reason } : {}) },
    });
    return moved;
  });
}

const refusedMove = (to: CycleStage, reasons: Bilingual[]) =>
  stageNotAllowed(
    {
      id: `Siklus tidak dapat dipindahkan ke tahap ${STAGE_NAMES[to].id}: ${reasons.map((r) => r.id).join(' ')}`,
      en: `The cycle cannot move to ${STAGE_NAMES[to].en}: ${reasons.map((r) => r.en).join(' ')}`,
    },
    reasons,
  );

