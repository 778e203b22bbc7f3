/**
 * Importing the officially published results of past years, which come without indicator detail.
 *
 * The file is UTF-8 CSV (RFC 4180, read by registry/csv.ts) with the header
 *
 *   institution_code,institution_type,institution_name,score[,unit_name,unit_score]
 *
 * one row per body, or with the unit columns one row per unit (the body's score repeated). A row
 * names a registered body by its official code, or, without a code, by type and name (case and
 * spacing aside); units are matched by name within their body. Grades and zones come from the
 * cycle's methodology through @patuh/scoring, and so do the ranks. A year without a cycle gets one,
 * already published, with the method of its year (the 2017–2021 zones up to 2021, METHOD_2022 for
 * 2022–2024, OPINI_2025 from 2025). Importing again into a year with imported results is a
 * correction: a new revision with a reason. A year scored on this platform is never overwritten.
 *
 * Every row is checked first and every bad row reported with its line. A dry run only reports;
 * otherwise one bad row refuses the whole file, and a clean file is written in one transaction
 * with its audit events.
 */
import { CycleStage, Prisma, ResultSource, type InstitutionType, type PrismaClient } from '@patuh/db';
import {
  assertMethodology,
  formatHundredths,
  getPreset,
  gradeOfHundredths,
  INSTITUTION_TYPES,
  MethodologyError,
  rankInScopes,
  type Grade,
  type Methodology as MethodologyDocument,
  type RankingEntry,
} from '@patuh/scoring';
import { recordAudit } from '../../audit/audit.js';
import { notifyResultsChanged } from '../../cache/results-channel.js';
import type { Context } from '../../context.js';
import { badInput, conflict, stageNotAllowed, type Bilingual } from '../../errors.js';
import { parseCsv, type CsvRecord } from '../registry/csv.js';
import type { ResultsImportProblem, ResultsImportReport } from './import.type.js';
import { toRevisionInfo } from './results.shared.js';
import type { ResultRevisionInfo } from './results.type.js';
import { countGrades, countZones } from './statistics.service.js';

const RESULTS_HEADER = ['institution_code', 'institution_type', 'institution_name', 'score'] as const;
const UNIT_COLUMNS = ['unit_name', 'unit_score'] as const;
const MAX_IMPORT_ROWS = 10_000;

/** A national year with its units is ~4,000 rows; written with its ranks well within this. */
const WRITE_TIMEOUT_MS = 120_000;

type Db = PrismaClient | Prisma.TransactionClient;
type Tx = Prisma.TransactionClient;

export interface ImportRequest {
  cycleYear: number;
  csv: string;
  dryRun: boolean;
  reason: string | null;
}

export async function importPublishedResults(ctx: Context, request: ImportRequest): Promise<ResultsImportReport> {
  const records = parseCsv(request.csv);
  if (request.dryRun) {
    const target = await planTarget(ctx.prisma, request);
    return report(request, target, await readResults(ctx.prisma, records, target.methodology.document), null);
  }
  try {
    const committed = await ctx.prisma.$transaction(
      async (tx) => {
        // Planned inside the transaction (the cycle row locked), so the checks hold for what is written.
        const target = await planTarget(tx, request, { lock: true });
        const read = await readResults(tx, records, target.methodology.document);
        if (read.problems.length > 0) {
          throw badInput(
            'input.csv',
            {
              id: `Impor ditolak: ${read.problems.length} masalah pada berkas, tidak ada yang disimpan. Perbaiki lalu impor ulang.`,
              en: `Import refused: the file has ${read.problems.length} problems and nothing was saved. Fix them, then import again.`,
            },
            { problems: read.problems },
          );
        }
        const written = await writeImport(tx, ctx, request, target, read.bodies);
        return report(request, target, read, written);
      },
      { timeout: WRITE_TIMEOUT_MS },
    );
    ctx.resultsChanged();
    return committed;
  } catch (error) {
    // Two imports creating the same year at once: the second finds the year taken.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw conflict({
        id: `Siklus ${request.cycleYear} baru saja dibuat oleh impor lain. Periksa lalu coba lagi.`,
        en: `Cycle ${request.cycleYear} was just created by another import. Check, then try again.`,
      });
    }
    throw error;
  }
}

// ---------------------------------------------------------------- the cycle imported into

interface ImportTarget {
  /** Null when the cycle does not exist yet. */
  cycle: { id: string; stage: CycleStage; synthetic: boolean } | null;
  /** Null id: copied from the preset when the cycle is created (or has no methodology yet). */
  methodology: { id: string | null; presetId: string | null; document: MethodologyDocument };
  revision: number;
}

/** The method a year was assessed with, for a year that has no cycle of its own yet. */
function presetForYear(year: number): MethodologyDocument {
  const id = year <= 2021 ? 'ZONES_2017' : year <= 2024 ? 'METHOD_2022' : 'OPINI_2025';
  return getPreset(id)!;
}

async function planTarget(db: Db, request: ImportRequest, options: { lock?: boolean } = {}): Promise<ImportTarget> {
  const year = request.cycleYear;
  const cycle = await db.cycle.findUnique({ where: { year }, select: { id: true, stage: true, synthetic: true } });
  if (cycle === null) {
    const document = presetForYear(year);
    return { cycle: null, methodology: { id: null, presetId: document.id, document }, revision: 1 };
  }
  if (options.lock) await db.$queryRaw`SELECT id FROM "cycle" WHERE id = ${cycle.id}::uuid FOR UPDATE`;
  const revisions = await db.resultRevision.findMany({ where: { cycleId: cycle.id }, select: { revision: true, source: true } });
  if (revisions.some((r) => r.source === ResultSource.COMPUTED)) {
    throw stageNotAllowed({
      id: `Hasil ${year} dihitung di platform ini dari penilaian: koreksinya melalui publikasi koreksi, bukan impor.`,
      en: `The ${year} results were scored on this platform from assessments: correct them with a published correction, not an import.`,
    });
  }
  if (revisions.length === 0 && cycle.stage !== CycleStage.DRAFT) {
    throw stageNotAllowed({
      id: `Siklus ${year} sedang berjalan di platform ini; hasilnya dipublikasikan dari penilaiannya, bukan diimpor.`,
      en: `Cycle ${year} is under way on this platform; its results are published from its assessments, not imported.`,
    });
  }
  if (revisions.length > 0 && request.reason === null) {
    throw badInput('input.reason', {
      id: `Hasil ${year} sudah diimpor: impor ulang adalah koreksi dan memerlukan alasan.`,
      en: `The ${year} results were imported already: importing again is a correction and needs a reason.`,
    });
  }
  const revision = Math.max(0, ...revisions.map((r) => r.revision)) + 1;
  const stored = await db.methodology.findFirst({ where: { cycleId: cycle.id }, orderBy: { version: 'desc' }, select: { id: true, presetId: true, document: true } });
  if (stored === null) {
    const document = presetForYear(year);
    return { cycle, methodology: { id: null, presetId: document.id, document }, revision };
  }
  try {
    return { cycle, methodology: { id: stored.id, presetId: stored.presetId, document: assertMethodology(stored.document) }, revision };
  } catch (error) {
    if (!(error instanceof MethodologyError)) throw error;
    throw stageNotAllowed({
      id: `Metodologi siklus ${year} tidak valid; perbaiki sebelum mengimpor.`,
      en: `The methodology of cycle ${year} is not valid; fix it before importing.`,
    });
  }
}

// ---------------------------------------------------------------- reading the file

interface KnownBody {
  id: string;
  code: string | null;
  name: string;
  type: InstitutionType;
  provinceCode: string | null;
}

interface ImportedUnit {
  unitId: string;
  scoreHundredths: number;
  grade: Grade;
}

interface ImportedBody {
  body: KnownBody;
  scoreHundredths: number;
  grade: Grade;
  /** The first line naming the body, for messages about later ones. */
  line: number;
  /** Whether a row without a unit named the body already. */
  hasBodyRow: boolean;
  units: Map<string, ImportedUnit & { line: number }>;
}

interface ReadResults {
  rowCount: number;
  bodies: ImportedBody[];
  problems: ResultsImportProblem[];
}

/** Bodies and units the file may name: the whole registry, matched in memory. */
interface Directory {
  byCode: Map<string, KnownBody>;
  byTypeAndName: Map<string, KnownBody>;
  unitsOf(institutionId: string): Map<string, { id: string; name: string }>;
}

/** Case and runs of spaces do not tell two names apart. */
const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

async function loadDirectory(db: Db, withUnits: boolean): Promise<Directory> {
  const [bodies, units] = await Promise.all([
    db.institution.findMany({ select: { id: true, code: true, name: true, type: true, provinceCode: true } }),
    withUnits ? db.unit.findMany({ select: { id: true, institutionId: true, name: true } }) : Promise.resolve([]),
  ]);
  const unitsByBody = new Map<string, Map<string, { id: string; name: string }>>();
  for (const unit of units) {
    let own = unitsByBody.get(unit.institutionId);
    if (own === undefined) unitsByBody.set(unit.institutionId, (own = new Map()));
    own.set(nameKey(unit.name), unit);
  }
  return {
    byCode: new Map(bodies.flatMap((b) => (b.code === null ? [] : [[b.code, b] as const]))),
    byTypeAndName: new Map(bodies.map((b) => [`${b.type}|${nameKey(b.name)}`, b])),
    unitsOf: (institutionId) => unitsByBody.get(institutionId) ?? new Map(),
  };
}

const SCORE = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

/** "94.46", "94,46", "94,5" or "94" as exact hundredths; null when it is not a score of 0–100. */
function parseScore(text: string): number | null {
  const match = SCORE.exec(text.trim());
  if (match === null) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return hundredths <= 10_000 ? hundredths : null;
}

function problem(line: number, column: string | null, message: Bilingual): ResultsImportProblem {
  return { line, column, message: message.id, messageEn: message.en };
}

async function readResults(db: Db, records: CsvRecord[], methodology: MethodologyDocument): Promise<ReadResults> {
  const [header, ...rows] = records;
  const columns = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const withUnits = columns.length === RESULTS_HEADER.length + UNIT_COLUMNS.length;
  const expected: readonly string[] = withUnits ? [...RESULTS_HEADER, ...UNIT_COLUMNS] : RESULTS_HEADER;
  if (header === undefined || columns.join(',') !== expected.join(',')) {
    return {
      rowCount: rows.length,
      bodies: [],
      problems: [
        problem(header?.line ?? 1, null, {
          id: `Baris judul harus "${RESULTS_HEADER.join(',')}", dapat ditambah ",${UNIT_COLUMNS.join(',')}".`,
          en: `The header must be "${RESULTS_HEADER.join(',')}", optionally followed by ",${UNIT_COLUMNS.join(',')}".`,
        }),
      ],
    };
  }
  if (rows.length === 0) {
    return { rowCount: 0, bodies: [], problems: [problem(header.line, null, { id: 'Berkas tidak berisi baris data.', en: 'The file has no data rows.' })] };
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    return {
      rowCount: rows.length,
      bodies: [],
      problems: [
        problem(header.line, null, {
          id: `Berkas berisi ${rows.length} baris data; paling banyak ${MAX_IMPORT_ROWS}.`,
          en: `The file has ${rows.length} data rows; at most ${MAX_IMPORT_ROWS}.`,
        }),
      ],
    };
  }

  const directory = await loadDirectory(db, withUnits);
  const bodies = new Map<string, ImportedBody>();
  const problems: ResultsImportProblem[] = [];
  for (const record of rows) {
    const found = readRow(record, expected.length, directory);
    if ('problems' in found) {
      problems.push(...found.problems);
      continue;
    }
    const clash = addRow(bodies, found, record.line, methodology);
    if (clash !== null) problems.push(clash);
  }
  return { rowCount: rows.length, bodies: [...bodies.values()], problems };
}

interface ReadRow {
  body: KnownBody;
  scoreHundredths: number;
  unit: { id: string; name: string; scoreHundredths: number } | null;
}

/** One data row checked on its own: its fields, its body and unit, its scores. */
function readRow(record: CsvRecord, width: number, directory: Directory): ReadRow | { problems: ResultsImportProblem[] } {
  const line = record.line;
  if (record.problem) return { problems: [problem(line, null, record.problem)] };
  if (record.fields.length !== width) {
    return {
      problems: [
        problem(line, null, {
          id: `Baris ini berisi ${record.fields.length} kolom; seharusnya ${width}.`,
          en: `This row has ${record.fields.length} fields; it should have ${width}.`,
        }),
      ],
    };
  }
  const [code = '', typeText = '', name = '', scoreText = '', unitName = '', unitScoreText = ''] = record.fields.map((f) => f.trim());
  const problems: ResultsImportProblem[] = [];

  const type = INSTITUTION_TYPES.find((t) => t === typeText.toUpperCase());
  if (type === undefined) {
    problems.push(
      problem(line, 'institution_type', {
        id: `Jenis instansi "${typeText}" tidak dikenal: ${INSTITUTION_TYPES.join(', ')}.`,
        en: `Unknown institution type "${typeText}": ${INSTITUTION_TYPES.join(', ')}.`,
      }),
    );
  }
  const body = findBody(directory, code, type, name);
  if (body !== null && 'message' in body) problems.push(problem(line, body.column, body.message));

  const scoreHundredths = parseScore(scoreText);
  if (scoreHundredths === null) problems.push(invalidScore(line, 'score', scoreText));

  let unit: ReadRow['unit'] = null;
  if (unitName !== '' || unitScoreText !== '') {
    const unitScore = parseScore(unitScoreText);
    if (unitName === '') {
      problems.push(problem(line, 'unit_name', { id: 'unit_score diisi tanpa unit_name.', en: 'unit_score is given without a unit_name.' }));
    } else if (unitScore === null) {
      problems.push(invalidScore(line, 'unit_score', unitScoreText));
    } else if (body !== null && !('message' in body)) {
      const known = directory.unitsOf(body.id).get(nameKey(unitName));
      if (known === undefined) {
        problems.push(
          problem(line, 'unit_name', {
            id: `${body.name} tidak memiliki unit bernama "${unitName}" di registri.`,
            en: `${body.name} has no unit named "${unitName}" in the registry.`,
          }),
        );
      } else unit = { ...known, scoreHundredths: unitScore };
    }
  }
  if (problems.length > 0 || body === null || 'message' in body || scoreHundredths === null) return { problems };
  return { body, scoreHundredths, unit };
}

function invalidScore(line: number, column: string, text: string): ResultsImportProblem {
  return problem(line, column, {
    id: `Nilai "${text}" tidak valid: angka 0–100 dengan paling banyak dua desimal, misalnya 94.46 atau "94,46".`,
    en: `Score "${text}" is not valid: a number from 0 to 100 with at most two decimals, e.g. 94.46 or "94,46".`,
  });
}

interface Unmatched {
  column: string;
  message: Bilingual;
}

/**
 * The registered body a row names: by code when it has one, else by type and name; null when the
 * type is unreadable (already reported).
 */
function findBody(directory: Directory, code: string, type: InstitutionType | undefined, name: string): KnownBody | Unmatched | null {
  if (code !== '') {
    const body = directory.byCode.get(code);
    if (body === undefined) {
      return {
        column: 'institution_code',
        message: { id: `Tidak ada instansi terdaftar dengan kode "${code}".`, en: `No registered institution has the code "${code}".` },
      };
    }
    if (type !== undefined && body.type !== type) {
      return {
        column: 'institution_type',
        message: {
          id: `Instansi berkode "${code}" terdaftar sebagai ${body.type}, bukan ${type}.`,
          en: `The institution with code "${code}" is registered as ${body.type}, not ${type}.`,
        },
      };
    }
    return body;
  }
  if (name === '') {
    return {
      column: 'institution_name',
      message: { id: 'Isi kode instansi, atau jenis dan nama instansi.', en: 'Give the institution code, or its type and name.' },
    };
  }
  if (type === undefined) return null;
  return (
    directory.byTypeAndName.get(`${type}|${nameKey(name)}`) ?? {
      column: 'institution_name',
      message: { id: `Tidak ada instansi terdaftar berjenis ${type} dengan nama "${name}".`, en: `No registered ${type} institution is named "${name}".` },
    }
  );
}

/** Adds a checked row to its body; a clash with an earlier row of the same body is a problem. */
function addRow(bodies: Map<string, ImportedBody>, row: ReadRow, line: number, methodology: MethodologyDocument): ResultsImportProblem | null {
  const existing = bodies.get(row.body.id);
  if (existing !== undefined && existing.scoreHundredths !== row.scoreHundredths) {
    return problem(line, 'score', {
      id: `Nilai ${row.body.name} berbeda dengan baris ${existing.line} (${formatHundredths(row.scoreHundredths)} ≠ ${formatHundredths(existing.scoreHundredths)}).`,
      en: `The score of ${row.body.name} differs from line ${existing.line} (${formatHundredths(row.scoreHundredths)} ≠ ${formatHundredths(existing.scoreHundredths)}).`,
    });
  }
  const body: ImportedBody = existing ?? {
    body: row.body,
    scoreHundredths: row.scoreHundredths,
    grade: gradeOfHundredths(methodology, row.scoreHundredths),
    line,
    hasBodyRow: false,
    units: new Map(),
  };
  bodies.set(row.body.id, body);
  if (row.unit === null) {
    if (body.hasBodyRow) {
      return problem(line, 'institution_name', {
        id: `${row.body.name} sudah ada pada baris ${body.line}.`,
        en: `${row.body.name} is already on line ${body.line}.`,
      });
    }
    body.hasBodyRow = true;
    return null;
  }
  const earlier = body.units.get(row.unit.id);
  if (earlier !== undefined) {
    return problem(line, 'unit_name', {
      id: `Unit "${row.unit.name}" sudah ada pada baris ${earlier.line}.`,
      en: `Unit "${row.unit.name}" is already on line ${earlier.line}.`,
    });
  }
  body.units.set(row.unit.id, {
    unitId: row.unit.id,
    scoreHundredths: row.unit.scoreHundredths,
    grade: gradeOfHundredths(methodology, row.unit.scoreHundredths),
    line,
  });
  return null;
}

// ---------------------------------------------------------------- writing

async function writeImport(tx: Tx, ctx: Context, request: ImportRequest, target: ImportTarget, bodies: ImportedBody[]): Promise<ResultRevisionInfo> {
  const cycleId = target.cycle?.id ?? (await createPublishedCycle(tx, ctx, request.cycleYear, target));
  const methodologyId = target.methodology.id ?? (await copyMethodology(tx, ctx, cycleId, target));
  const revision = await tx.resultRevision.create({
    data: {
      cycleId,
      revision: target.revision,
      source: ResultSource.IMPORTED,
      methodologyId,
      reason: request.reason,
      synthetic: target.cycle?.synthetic ?? false,
      publishedById: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
    },
    select: { id: true, publishedAt: true, synthetic: true },
  });
  const ranks = rankInScopes(
    bodies.map(({ body, scoreHundredths }) => ({ id: body.id, name: body.name, type: body.type, provinceCode: body.provinceCode, score: null, scoreHundredths })),
  );
  const rankIn = (list: readonly RankingEntry[] | undefined, id: string) => list?.find((entry) => entry.id === id)?.rank;
  const national = new Map(ranks.national.map((entry) => [entry.id, entry.rank]));
  await tx.institutionResult.createMany({
    data: bodies.map(({ body, scoreHundredths, grade, units }) => ({
      revisionId: revision.id,
      institutionId: body.id,
      score: formatHundredths(scoreHundredths),
      grade: grade.code,
      zone: grade.zone,
      label: grade.label.id,
      rankNational: national.get(body.id)!,
      rankType: rankIn(ranks.byType[body.type], body.id)!,
      rankProvince: body.provinceCode === null ? null : (rankIn(ranks.byProvince[body.provinceCode], body.id) ?? null),
      unitCount: units.size,
    })),
  });
  await tx.unitResult.createMany({
    data: bodies.flatMap(({ body, units }) =>
      [...units.values()].map((unit) => ({
        revisionId: revision.id,
        unitId: unit.unitId,
        institutionId: body.id,
        score: formatHundredths(unit.scoreHundredths),
        grade: unit.grade.code,
        zone: unit.grade.zone,
      })),
    ),
  });
  if (target.cycle !== null) {
    await tx.cycle.update({
      where: { id: cycleId },
      data: { version: { increment: 1 }, ...(target.cycle.stage === CycleStage.DRAFT ? { stage: CycleStage.PUBLISHED } : {}) },
    });
  }
  await tx.cycleStageWindow.updateMany({ where: { cycleId, stage: CycleStage.PUBLISHED, openedAt: null }, data: { openedAt: new Date() } });
  await notifyResultsChanged(tx, cycleId);
  await recordAudit(tx, ctx.viewer, ctx.requestId, {
    action: 'results.import',
    entityType: 'ResultRevision',
    entityId: revision.id,
    cycleId,
    before: target.cycle === null ? null : { stage: target.cycle.stage, revision: target.revision > 1 ? target.revision - 1 : null },
    after: {
      year: request.cycleYear,
      revision: target.revision,
      source: ResultSource.IMPORTED,
      reason: request.reason,
      methodologyId,
      institutionCount: bodies.length,
      unitCount: bodies.reduce((sum, b) => sum + b.units.size, 0),
    },
  });
  return toRevisionInfo(
    {
      id: revision.id,
      cycleId,
      year: request.cycleYear,
      revision: target.revision,
      source: ResultSource.IMPORTED,
      reason: request.reason,
      publishedAt: revision.publishedAt,
      synthetic: revision.synthetic,
      methodologyId,
    },
    bodies.length,
  );
}

/** The year's cycle, created as published: its results are history, not work to do. */
async function createPublishedCycle(tx: Tx, ctx: Context, year: number, target: ImportTarget): Promise<string> {
  const cycle = await tx.cycle.create({
    data: { year, title: `Penilaian Kepatuhan ${year}`, stage: CycleStage.PUBLISHED },
    select: { id: true, year: true, title: true, stage: true, synthetic: true, version: true },
  });
  await recordAudit(tx, ctx.viewer, ctx.requestId, {
    action: 'cycle.create',
    entityType: 'Cycle',
    entityId: cycle.id,
    cycleId: cycle.id,
    after: { ...cycle, presetId: target.methodology.presetId, createdBy: 'results.import' },
  });
  return cycle.id;
}

async function copyMethodology(tx: Tx, ctx: Context, cycleId: string, target: ImportTarget): Promise<string> {
  const { id } = await tx.methodology.create({
    data: {
      cycleId,
      version: 1,
      presetId: target.methodology.presetId,
      document: target.methodology.document as unknown as Prisma.InputJsonObject,
      createdById: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
    },
    select: { id: true },
  });
  return id;
}

// ---------------------------------------------------------------- the report

function report(request: ImportRequest, target: ImportTarget, read: ReadResults, written: ResultRevisionInfo | null): ResultsImportReport {
  return {
    cycleYear: request.cycleYear,
    dryRun: request.dryRun,
    valid: read.problems.length === 0,
    committed: written !== null,
    rowCount: read.rowCount,
    institutionCount: read.bodies.length,
    unitCount: read.bodies.reduce((sum, b) => sum + b.units.size, 0),
    createsCycle: target.cycle === null,
    methodologyId: target.methodology.document.id,
    revision: target.revision,
    problems: read.problems.sort((a, b) => a.line - b.line),
    grades: countGrades(
      target.methodology.document.gradeBands,
      read.bodies.map((b) => ({ grade: b.grade.code })),
    ),
    zones: countZones(read.bodies.map((b) => ({ zone: b.grade.zone }))),
    written,
  };
}
