/**
 * A cycle caught in the middle of verification: most assessments verified, some submitted and
 * waiting, a few returned to the assessor with a reason, some drafts still being filled in; the
 * demo province's units assigned to its staff and the verifier; and Tangerang Selatan asking for
 * factual corrections on its verified findings, some of them still open.
 */
import { randomUUID } from 'node:crypto';
import { AssessmentStatus, AssignmentRole, ClarificationStatus, CommentKind, type PrismaClient } from '@patuh/db';
import type { SeededAssessment } from './assessments.js';
import { jakartaDate } from './calendar.js';
import { DEMO_INSTITUTION_CODE, DEMO_PROVINCE_CODE, type DemoPeople } from './people.js';
import type { Random } from './random.js';
import type { AssessedBody } from './registry.js';

/** Shares of assessments per status, by cumulative threshold. */
const STATUS_MIX: readonly (readonly [AssessmentStatus, number])[] = [
  [AssessmentStatus.VERIFIED, 0.52],
  [AssessmentStatus.SUBMITTED, 0.79],
  [AssessmentStatus.RETURNED, 0.87],
  [AssessmentStatus.DRAFT, 1],
];

/** Where a unit's assessment stands; the demo body's are verified, so it can ask for corrections. */
export function statusInProgress(body: AssessedBody, random: Random): AssessmentStatus {
  if (body.code === DEMO_INSTITUTION_CODE) return AssessmentStatus.VERIFIED;
  const draw = random.next();
  return (STATUS_MIX.find(([, upTo]) => draw < upTo) as (typeof STATUS_MIX)[number])[0];
}

const RETURN_REASONS: readonly string[] = [
  'Bukti dukung maklumat pelayanan belum diunggah; mohon lengkapi foto maklumat yang terpasang.',
  'Nilai kompetensi pelaksana tidak sesuai catatan wawancara; mohon periksa kembali.',
  'Jumlah responden pengguna layanan kurang dari ketentuan; mohon tambahkan wawancara.',
  'Standar pelayanan yang dinilai bukan versi terbaru; mohon gunakan SK yang berlaku.',
];

export async function seedWorkInProgress(
  prisma: PrismaClient,
  cycleId: string,
  assessments: readonly SeededAssessment[],
  people: DemoPeople,
  random: Random,
): Promise<{ comments: number; assignments: number; clarifications: number }> {
  const comments = assessments
    .filter((a) => a.status === AssessmentStatus.RETURNED)
    .map((a) => ({ assessmentId: a.id, authorId: people.verifierId, kind: CommentKind.RETURN, body: random.pick(RETURN_REASONS) }));
  await prisma.assessmentComment.createMany({ data: comments });

  const demoProvince = assessments.filter((a) => a.body.provinceCode === DEMO_PROVINCE_CODE);
  const assignments = demoProvince.flatMap((a) => [
    { cycleId, unitId: a.unit.id, userId: people.regionalStaffId, role: AssignmentRole.ASSESSOR },
    { cycleId, unitId: a.unit.id, userId: people.verifierId, role: AssignmentRole.VERIFIER },
  ]);
  await prisma.assignment.createMany({ data: assignments });

  const clarifications = await seedClarifications(prisma, cycleId, assessments, people);
  return { comments: comments.length, assignments: assignments.length, clarifications };
}

/** The demo body's requests: two still open, one answered by the regional office. */
async function seedClarifications(
  prisma: PrismaClient,
  cycleId: string,
  assessments: readonly SeededAssessment[],
  people: DemoPeople,
): Promise<number> {
  const own = assessments.filter((a) => a.body.code === DEMO_INSTITUTION_CODE && a.status === AssessmentStatus.VERIFIED);
  const requests = [
    { status: ClarificationStatus.OPEN, raisedOn: '2025-11-10', text: 'Maklumat pelayanan sudah terpasang di ruang tunggu sejak Juni 2025; foto terlampir pada pesan ini.' },
    { status: ClarificationStatus.OPEN, raisedOn: '2025-11-12', text: 'Standar pelayanan telah dipublikasikan di laman resmi dinas; mohon dinilai ulang.' },
    { status: ClarificationStatus.ANSWERED, raisedOn: '2025-11-05', text: 'Kotak pengaduan tersedia di loket utama; mohon konfirmasi hasil observasi.' },
  ];
  const rows = requests.flatMap((request, r) => {
    const assessment = own[r];
    // The weakest answered indicator of the unit is the one a body would question.
    const indicator = assessment?.answers.filter((a) => a.fraction !== null).sort((a, b) => (a.fraction as number) - (b.fraction as number))[0];
    if (!assessment || !indicator) return [];
    return [{ id: randomUUID(), assessment, indicatorCode: indicator.code, ...request }];
  });
  await prisma.clarification.createMany({
    data: rows.map((row) => ({
      id: row.id,
      cycleId,
      assessmentId: row.assessment.id,
      institutionId: row.assessment.body.id,
      indicatorCode: row.indicatorCode,
      status: row.status,
      raisedById: people.officerId,
      createdAt: jakartaDate(row.raisedOn),
    })),
  });
  await prisma.clarificationMessage.createMany({
    data: rows.flatMap((row) => [
      { clarificationId: row.id, authorId: people.officerId, body: row.text, createdAt: jakartaDate(row.raisedOn) },
      ...(row.status === ClarificationStatus.ANSWERED
        ? [
            {
              clarificationId: row.id,
              authorId: people.regionalStaffId,
              body: 'Terima kasih; hasil observasi akan dicocokkan dengan foto yang dikirim sebelum keputusan.',
              createdAt: jakartaDate('2025-11-07'),
            },
          ]
        : []),
    ]),
  });
  return rows.length;
}
