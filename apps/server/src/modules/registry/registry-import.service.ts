/**
 * Loading the registry from a CSV file, with a dry run.
 *
 * The file is UTF-8 CSV as RFC 4180 describes it (see csv.ts), at most 5,000 data rows and 1 MB,
 * and starts with this header, columns in this order:
 *
 *   kind,institution_code,institution_name,institution_type,province_code,unit_name,unit_kind
 *
 * - `kind` is `institution` or `unit`.
 * - An institution row gives a body's name and type (KEMENTERIAN, LEMBAGA, PROVINSI, KABUPATEN,
 *   KOTA) and, for a regional government, its province code and official code ("36", "36.74");
 *   its unit columns stay empty. It matches an existing body by code, else by type and name: a
 *   match takes the row's values, anything else is created. An empty code never removes one.
 * - A unit row names its body by institution_code or, for a body without a code (most ministries
 *   and agencies), by institution_type and institution_name; the body may exist already or come
 *   from an institution row of the same file. unit_name and unit_kind (DPMPTSP, DUKCAPIL, DINSOS,
 *   DINDIK, DINKES, PUSKESMAS, RSUD, POLRES, KANTAH, OTHER) describe the unit, matched within its
 *   body by name. province_code is not read on unit rows.
 * - An import never deactivates or deletes anything, and leaves active flags as they are.
 *
 * Every row is checked before anything is written, and every bad row is reported with its line.
 * A dry run only reports. Otherwise a single bad row refuses the whole file, and a clean file is
 * written in one transaction with one audit event per created or updated body or unit (the same
 * actions as the mutations', tied together by the request id), so each record's history reads
 * the same whichever way it changed.
 */
import type { Institution as InstitutionRow, InstitutionType, Prisma, Unit as UnitRow, UnitKind } from '@patuh/db';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.js';
import { notifyResultsChanged } from '../../cache/results-channel.js';
import type { Context } from '../../context.js';
import { badInput, conflict, type Bilingual } from '../../errors.js';
import { parseCsv, type CsvRecord } from './csv.js';
import type { InstitutionFields } from './institution.service.js';
import { RegistryImportKind, RegistryImportStatus, type RegistryImportReport, type RegistryImportRow } from './registry-import.type.js';
import {
  institutionShapeProblem,
  institutionTypeSchema,
  nameSchema,
  officialCodeSchema,
  optionalProvinceCodeSchema,
  unitKindSchema,
} from './registry.rules.js';
import { isUniqueViolation } from './unique-violation.js';

export const IMPORT_HEADER = ['kind', 'institution_code', 'institution_name', 'institution_type', 'province_code', 'unit_name', 'unit_kind'] as const;
export const MAX_IMPORT_ROWS = 5_000;
const MAX_IMPORT_BYTES = 1024 * 1024;

/** Writing 5,000 rows with their audit events takes seconds; the default 5 s is too tight. */
const WRITE_TIMEOUT_MS = 120_000;

type Db = Pick<Prisma.TransactionClient, 'institution' | 'unit' | 'province'>;
type Tx = Prisma.TransactionClient;

export async function importRegistry(ctx: Context, csv: string, dryRun: boolean): Promise<RegistryImportReport> {
  const records = readDataRecords(csv);
  if (dryRun) return report(await planImport(ctx.prisma, records), true);
  try {
    return await ctx.prisma.$transaction(
      async (tx) => {
        // Planned again inside the transaction, so the checks hold for what is written.
        const plan = await planImport(tx, records);
        const outcome = report(plan, false);
        if (outcome.errorCount > 0) {
          throw badInput(
            'csv',
            {
              id: `Impor ditolak: ${outcome.errorCount} baris bermasalah, tidak ada yang disimpan. Perbaiki baris-baris itu lalu impor ulang.`,
              en: `Import refused: ${outcome.errorCount} rows have errors and nothing was saved. Fix those rows, then import again.`,
            },
            { report: outcome },
          );
        }
        await applyPlan(tx, ctx, plan);
        return outcome;
      },
      { timeout: WRITE_TIMEOUT_MS },
    );
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    throw conflict({
      id: 'Daftar instansi berubah selama impor berjalan; tidak ada yang disimpan. Jalankan uji coba lagi, lalu impor ulang.',
      en: 'The registry changed while the import ran; nothing was saved. Run the dry run again, then import again.',
    });
  }
}

// ---------------------------------------------------------------- reading the file

function readDataRecords(csv: string): CsvRecord[] {
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) {
    throw badInput('csv', { id: 'Berkas lebih besar dari 1 MB; bagi menjadi beberapa berkas.', en: 'The file is larger than 1 MB; split it into several files.' });
  }
  const [header, ...rows] = parseCsv(csv);
  const expected = IMPORT_HEADER.join(',');
  if (!header || header.problem || header.fields.map((f) => f.trim().toLowerCase()).join(',') !== expected) {
    throw badInput('csv', { id: `Baris pertama harus berupa judul kolom: ${expected}`, en: `The first line must be the header: ${expected}` });
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw badInput('csv', {
      id: `Berkas berisi ${rows.length} baris data; batasnya ${MAX_IMPORT_ROWS}. Bagi menjadi beberapa berkas.`,
      en: `The file has ${rows.length} data rows; the limit is ${MAX_IMPORT_ROWS}. Split it into several files.`,
    });
  }
  return rows;
}

interface Cells {
  kind: string;
  institutionCode: string;
  institutionName: string;
  institutionType: string;
  provinceCode: string;
  unitName: string;
  unitKind: string;
}

function cellsOf(fields: string[]): Cells | null {
  if (fields.length !== IMPORT_HEADER.length) return null;
  const [kind, institutionCode, institutionName, institutionType, provinceCode, unitName, unitKind] = fields as [string, string, string, string, string, string, string];
  return { kind, institutionCode, institutionName, institutionType, provinceCode, unitName, unitKind };
}

// ---------------------------------------------------------------- planning

/** A body as unit rows refer to it: one of the registry, or one an institution row creates. */
interface Body {
  key: string;
  name: string;
  type: InstitutionType;
  existingId: string | null;
  /** The institution row that names it, if any. */
  line: number | null;
  ok: boolean;
}

/** A body named by an institution row of the file. */
type FileBody = Body & { line: number };

interface InstitutionWrite {
  line: number;
  fields: InstitutionFields;
  existing: InstitutionRow | null;
}

interface UnitWrite {
  line: number;
  body: Body;
  kind: UnitKind;
  name: string;
  existing: UnitRow | null;
}

interface Plan {
  rows: RegistryImportRow[];
  institutions: InstitutionWrite[];
  units: UnitWrite[];
}

/** A map key made of several parts (a body's type and name, a unit's body and name). */
const keyOf = (...parts: string[]) => parts.join('\u0000');

async function planImport(db: Db, records: CsvRecord[]): Promise<Plan> {
  const [institutions, units, provinces] = await Promise.all([
    db.institution.findMany(),
    db.unit.findMany(),
    db.province.findMany({ select: { code: true } }),
  ]);
  const planner = new ImportPlanner(institutions, units, provinces.map((p) => p.code));
  const unitRows: { line: number; cells: Cells }[] = [];
  for (const record of records) {
    const cells = cellsOf(record.fields);
    const kind = cells?.kind.trim().toLowerCase();
    const raw = record.fields.join(',').slice(0, 80);
    if (record.problem) planner.refuse(record.line, null, raw, [record.problem]);
    else if (!cells) planner.refuse(record.line, null, raw, [MSG.columnCount(record.fields.length)]);
    else if (kind === 'institution') planner.planInstitution(record.line, cells);
    else if (kind === 'unit') unitRows.push({ line: record.line, cells });
    else planner.refuse(record.line, null, raw, [MSG.kind]);
  }
  // Units after every institution row, so a unit may come before its body in the file.
  for (const { line, cells } of unitRows) planner.planUnit(line, cells);
  return planner.plan();
}

class ImportPlanner {
  private readonly byCode = new Map<string, InstitutionRow>();
  private readonly byTypeAndName = new Map<string, InstitutionRow>();
  private readonly unitsByBodyAndName = new Map<string, UnitRow>();
  private readonly provinces: ReadonlySet<string>;
  /** Bodies named by the file's institution rows, by code and by type and name. */
  private readonly fileByCode = new Map<string, FileBody>();
  private readonly fileByTypeAndName = new Map<string, FileBody>();
  /** The first line naming each unit, by body and unit name. */
  private readonly unitLines = new Map<string, number>();
  private readonly rows: RegistryImportRow[] = [];
  private readonly institutions: InstitutionWrite[] = [];
  private readonly units: UnitWrite[] = [];

  constructor(institutions: InstitutionRow[], units: UnitRow[], provinceCodes: string[]) {
    for (const i of institutions) {
      if (i.code) this.byCode.set(i.code, i);
      this.byTypeAndName.set(keyOf(i.type, i.name), i);
    }
    for (const u of units) this.unitsByBodyAndName.set(keyOf(u.institutionId, u.name), u);
    this.provinces = new Set(provinceCodes);
  }

  plan(): Plan {
    return { rows: [...this.rows].sort((a, b) => a.line - b.line), institutions: this.institutions, units: this.units };
  }

  refuse(line: number, kind: RegistryImportKind | null, key: string, messages: Bilingual[]): void {
    this.rows.push({ line, kind, key, status: RegistryImportStatus.ERROR, messages });
  }

  planInstitution(line: number, cells: Cells): void {
    const problems: Bilingual[] = [];
    const code = valueOf(officialCodeSchema, cells.institutionCode, problems, MSG.code('institution_code'));
    const name = valueOf(nameSchema, cells.institutionName, problems, MSG.name('institution_name'));
    const type = valueOf(institutionTypeSchema, cells.institutionType.trim().toUpperCase(), problems, MSG.type);
    const provinceCode = valueOf(optionalProvinceCodeSchema, cells.provinceCode, problems, MSG.province);
    if (cells.unitName.trim() || cells.unitKind.trim()) problems.push(MSG.unitCellsOnInstitution);
    if (code === undefined || name === undefined || type === undefined || provinceCode === undefined) {
      this.refuse(line, RegistryImportKind.INSTITUTION, cells.institutionCode.trim() || cells.institutionName.trim(), problems);
      return;
    }

    const sameName = this.byTypeAndName.get(keyOf(type, name));
    let existing = code ? this.byCode.get(code) : undefined;
    if (!existing && sameName) {
      // A body without a code may gain one; one with another code is another body.
      if (sameName.code === null || code === null) existing = sameName;
      else problems.push(MSG.nameTaken(type, name, sameName.code));
    }
    if (existing && sameName && sameName.id !== existing.id) problems.push(MSG.nameTaken(type, name, sameName.code));

    const fields: InstitutionFields = { code: code ?? existing?.code ?? null, name, type, provinceCode };
    const shape = institutionShapeProblem(fields);
    if (shape) problems.push(prefixed(shape.field === 'code' ? 'institution_code' : 'province_code', shape.message));
    if (provinceCode !== null && !this.provinces.has(provinceCode)) problems.push(MSG.unknownProvince(provinceCode));

    const key = fields.code ?? `${type} ${name}`;
    const earlier = (fields.code !== null ? this.fileByCode.get(fields.code) : undefined) ?? this.fileByTypeAndName.get(keyOf(type, name));
    if (earlier) problems.push(MSG.repeats(earlier.line));
    const body: FileBody = { key, name, type, existingId: existing?.id ?? null, line, ok: problems.length === 0 };
    if (fields.code !== null && !this.fileByCode.has(fields.code)) this.fileByCode.set(fields.code, body);
    if (!this.fileByTypeAndName.has(keyOf(type, name))) this.fileByTypeAndName.set(keyOf(type, name), body);

    if (problems.length) return this.refuse(line, RegistryImportKind.INSTITUTION, key, problems);
    const changes = existing ? institutionChanges(existing, fields) : [];
    const status = !existing ? RegistryImportStatus.CREATE : changes.length ? RegistryImportStatus.UPDATE : RegistryImportStatus.UNCHANGED;
    if (status !== RegistryImportStatus.UNCHANGED) this.institutions.push({ line, fields, existing: existing ?? null });
    const notes = existing && !existing.active ? [MSG.staysInactive] : [];
    this.rows.push({ line, kind: RegistryImportKind.INSTITUTION, key, status, messages: [...changes, ...notes] });
  }

  planUnit(line: number, cells: Cells): void {
    const problems: Bilingual[] = [];
    const name = valueOf(nameSchema, cells.unitName, problems, MSG.name('unit_name'));
    const kind = valueOf(unitKindSchema, cells.unitKind.trim().toUpperCase(), problems, MSG.unitKind);
    const body = this.bodyOf(cells, problems);
    const key = `${body?.key ?? (cells.institutionCode.trim() || cells.institutionName.trim())} / ${cells.unitName.trim()}`;
    if (body && name !== undefined) {
      const identity = keyOf(body.existingId ?? `line ${body.line}`, name);
      const earlier = this.unitLines.get(identity);
      if (earlier !== undefined) problems.push(MSG.repeats(earlier));
      else this.unitLines.set(identity, line);
    }
    if (!body || name === undefined || kind === undefined || problems.length) return this.refuse(line, RegistryImportKind.UNIT, key, problems);

    const existing = body.existingId ? this.unitsByBodyAndName.get(keyOf(body.existingId, name)) : undefined;
    const changes = existing && existing.kind !== kind ? [MSG.changed('unit_kind', existing.kind, kind)] : [];
    const status = !existing ? RegistryImportStatus.CREATE : changes.length ? RegistryImportStatus.UPDATE : RegistryImportStatus.UNCHANGED;
    if (status !== RegistryImportStatus.UNCHANGED) this.units.push({ line, body, kind, name, existing: existing ?? null });
    const notes = existing && !existing.active ? [MSG.staysInactive] : [];
    this.rows.push({ line, kind: RegistryImportKind.UNIT, key, status, messages: [...changes, ...notes] });
  }

  /** The body a unit row names: by official code, or by type and name for a body without one. */
  private bodyOf(cells: Cells, problems: Bilingual[]): Body | undefined {
    const code = valueOf(officialCodeSchema, cells.institutionCode, problems, MSG.code('institution_code'));
    if (code === undefined) return undefined;
    const name = cells.institutionName.trim();
    const type = cells.institutionType.trim().toUpperCase();
    let body: Body | undefined;
    if (code !== null) {
      body = this.fileByCode.get(code) ?? registryBody(this.byCode.get(code));
      if (!body) problems.push(MSG.noBodyWithCode(code));
    } else if (!name || !type) {
      problems.push(MSG.nameTheBody);
    } else {
      body = this.fileByTypeAndName.get(keyOf(type, name)) ?? registryBody(this.byTypeAndName.get(keyOf(type, name)));
      if (!body) problems.push(MSG.noBodyNamed(type, name));
    }
    if (!body) return undefined;
    // A code with a name or type that do not fit it is most likely a slip of the pen.
    if (code !== null && name && name !== body.name) problems.push(MSG.bodyMismatch('institution_name', code, body.name));
    if (code !== null && type && type !== body.type) problems.push(MSG.bodyMismatch('institution_type', code, body.type));
    if (!body.ok && body.line !== null) problems.push(MSG.bodyRowRefused(body.line));
    return body;
  }
}

function registryBody(row: InstitutionRow | undefined): Body | undefined {
  return row && { key: row.code ?? `${row.type} ${row.name}`, name: row.name, type: row.type, existingId: row.id, line: null, ok: true };
}

/** The cell's value by the schema, or undefined with the problem noted. */
function valueOf<S extends z.ZodType>(schema: S, cell: string, problems: Bilingual[], problem: Bilingual): z.infer<S> | undefined {
  const parsed = schema.safeParse(cell);
  if (parsed.success) return parsed.data;
  problems.push(problem);
  return undefined;
}

function institutionChanges(before: InstitutionRow, after: InstitutionFields): Bilingual[] {
  const changes: Bilingual[] = [];
  if (before.code !== after.code) changes.push(MSG.changed('institution_code', before.code, after.code));
  if (before.name !== after.name) changes.push(MSG.changed('institution_name', before.name, after.name));
  if (before.type !== after.type) changes.push(MSG.changed('institution_type', before.type, after.type));
  if (before.provinceCode !== after.provinceCode) changes.push(MSG.changed('province_code', before.provinceCode, after.provinceCode));
  return changes;
}

function report(plan: Plan, dryRun: boolean): RegistryImportReport {
  const count = (status: RegistryImportStatus) => plan.rows.filter((r) => r.status === status).length;
  return {
    dryRun,
    totalRows: plan.rows.length,
    created: count(RegistryImportStatus.CREATE),
    updated: count(RegistryImportStatus.UPDATE),
    unchanged: count(RegistryImportStatus.UNCHANGED),
    errorCount: count(RegistryImportStatus.ERROR),
    rows: plan.rows,
  };
}

// ---------------------------------------------------------------- writing

async function applyPlan(tx: Tx, ctx: Context, plan: Plan): Promise<void> {
  await notifyResultsChanged(tx, 'registry'); // names appear in cached public reads
  const audit = (entry: Parameters<typeof recordAudit>[3]) => recordAudit(tx, ctx.viewer, ctx.requestId, entry);
  const createdBodies = new Map<number, string>();

  for (const { fields, existing } of plan.institutions) {
    if (!existing) continue;
    const after = await tx.institution.update({ where: { id: existing.id }, data: fields });
    await audit({ action: 'institution.update', entityType: 'Institution', entityId: after.id, institutionId: after.id, before: existing, after });
  }
  const newBodies = plan.institutions.filter((w) => !w.existing);
  const insertedBodies = newBodies.length ? await tx.institution.createManyAndReturn({ data: newBodies.map((w) => w.fields) }) : [];
  const bodyIds = new Map(insertedBodies.map((row) => [keyOf(row.type, row.name), row]));
  for (const { line, fields } of newBodies) {
    const after = required(bodyIds.get(keyOf(fields.type, fields.name)));
    createdBodies.set(line, after.id);
    await audit({ action: 'institution.create', entityType: 'Institution', entityId: after.id, institutionId: after.id, after });
  }

  for (const { kind, existing } of plan.units) {
    if (!existing) continue;
    const after = await tx.unit.update({ where: { id: existing.id }, data: { kind } });
    await audit({ action: 'unit.update', entityType: 'Unit', entityId: after.id, institutionId: after.institutionId, before: existing, after });
  }
  const newUnits = plan.units
    .filter((w) => !w.existing)
    .map((w) => ({ institutionId: w.body.existingId ?? required(createdBodies.get(required(w.body.line))), kind: w.kind, name: w.name }));
  const insertedUnits = newUnits.length ? await tx.unit.createManyAndReturn({ data: newUnits }) : [];
  const unitRows = new Map(insertedUnits.map((row) => [keyOf(row.institutionId, row.name), row]));
  for (const unit of newUnits) {
    const after = required(unitRows.get(keyOf(unit.institutionId, unit.name)));
    await audit({ action: 'unit.create', entityType: 'Unit', entityId: after.id, institutionId: after.institutionId, after });
  }
}

/** For values the plan guarantees; a miss is a bug, and rolls the import back. */
function required<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('The registry import plan lost track of a row it created.');
  return value;
}

// ---------------------------------------------------------------- messages

const prefixed = (column: string, message: Bilingual): Bilingual => ({ id: `${column}: ${message.id}`, en: `${column}: ${message.en}` });

const MSG = {
  columnCount: (n: number): Bilingual => ({
    id: `Baris ini berisi ${n} kolom; seharusnya ${IMPORT_HEADER.length}.`,
    en: `This row has ${n} columns; it should have ${IMPORT_HEADER.length}.`,
  }),
  kind: { id: 'kind: harus "institution" atau "unit".', en: 'kind: must be "institution" or "unit".' },
  code: (column: string): Bilingual => ({
    id: `${column}: harus berupa kode wilayah seperti "36" atau "36.74", atau kosong.`,
    en: `${column}: must be an official code such as "36" or "36.74", or empty.`,
  }),
  name: (column: string): Bilingual => ({ id: `${column}: harus 2–200 karakter.`, en: `${column}: must be 2–200 characters.` }),
  type: {
    id: 'institution_type: harus salah satu dari KEMENTERIAN, LEMBAGA, PROVINSI, KABUPATEN, KOTA.',
    en: 'institution_type: must be one of KEMENTERIAN, LEMBAGA, PROVINSI, KABUPATEN, KOTA.',
  },
  province: { id: 'province_code: harus dua angka seperti "36", atau kosong.', en: 'province_code: must be two digits such as "36", or empty.' },
  unknownProvince: (code: string): Bilingual => ({ id: `province_code: provinsi ${code} tidak dikenal.`, en: `province_code: unknown province ${code}.` }),
  unitKind: {
    id: 'unit_kind: harus salah satu dari DPMPTSP, DUKCAPIL, DINSOS, DINDIK, DINKES, PUSKESMAS, RSUD, POLRES, KANTAH, OTHER.',
    en: 'unit_kind: must be one of DPMPTSP, DUKCAPIL, DINSOS, DINDIK, DINKES, PUSKESMAS, RSUD, POLRES, KANTAH, OTHER.',
  },
  unitCellsOnInstitution: {
    id: 'unit_name dan unit_kind harus kosong pada baris institution; tulis unit pada baris "unit" tersendiri.',
    en: 'unit_name and unit_kind must be empty on an institution row; write units on rows of their own ("unit").',
  },
  nameTaken: (type: string, name: string, code: string | null): Bilingual => ({
    id: `institution_name: sudah ada ${type} "${name}"${code ? ` dengan kode ${code}` : ''}.`,
    en: `institution_name: there is already a ${type} "${name}"${code ? ` with code ${code}` : ''}.`,
  }),
  repeats: (line: number): Bilingual => ({ id: `Sama dengan baris ${line}.`, en: `Repeats line ${line}.` }),
  nameTheBody: {
    id: 'Sebutkan instansinya dengan institution_code, atau dengan institution_type dan institution_name.',
    en: 'Name the body by institution_code, or by institution_type and institution_name.',
  },
  noBodyWithCode: (code: string): Bilingual => ({
    id: `institution_code: tidak ada instansi berkode ${code} di daftar maupun di berkas ini.`,
    en: `institution_code: no body has code ${code}, in the registry or in this file.`,
  }),
  noBodyNamed: (type: string, name: string): Bilingual => ({
    id: `institution_name: tidak ada ${type} "${name}" di daftar maupun di berkas ini.`,
    en: `institution_name: there is no ${type} "${name}", in the registry or in this file.`,
  }),
  bodyMismatch: (column: string, code: string, actual: string): Bilingual => ({
    id: `${column}: instansi berkode ${code} tercatat sebagai "${actual}".`,
    en: `${column}: the body with code ${code} is recorded as "${actual}".`,
  }),
  bodyRowRefused: (line: number): Bilingual => ({ id: `Baris instansinya (baris ${line}) bermasalah.`, en: `Its body's row (line ${line}) has errors.` }),
  changed: (column: string, before: string | null, after: string | null): Bilingual => ({
    id: `${column}: "${before ?? ''}" → "${after ?? ''}"`,
    en: `${column}: "${before ?? ''}" → "${after ?? ''}"`,
  }),
  staysInactive: { id: 'Data ini nonaktif dan tetap nonaktif.', en: 'This record is inactive and stays inactive.' },
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>;
