/**
 * Report-card (rapor) improvement points for the demo province's bodies in each published cycle,
 * written by its regional office and handed over after the ceremony. Each point names a unit's
 * weakest findings, the way the regional offices' rapor do.
 */
import type { PrismaClient } from '@patuh/db';
import type { CompiledMethodology } from '@patuh/scoring';
import type { SeededAssessment } from './assessments.js';
import { jakartaDate, type DemoCyclePlan } from './calendar.js';
import type { GeneratedAnswer } from './findings.js';
import { DEMO_INSTITUTION_CODE, DEMO_PROVINCE_CODE } from './people.js';

/** What a body is advised to do, by the dimension of the weak indicator. */
const ADVICE: Readonly<Record<string, string>> = {
  INPUT: 'Adakan pelatihan berkala bagi pelaksana dan lengkapi sarana layanan, termasuk bagi kelompok rentan.',
  PROSES: 'Tetapkan dan publikasikan standar pelayanan yang lengkap, di lokasi layanan maupun di laman resmi.',
  OUTPUT: 'Tindak lanjuti persepsi pengguna layanan tentang maladministrasi dan pantau hasilnya setiap triwulan.',
  PENGADUAN: 'Tetapkan pengelola pengaduan, sediakan saluran yang mudah diakses, dan catat tindak lanjut setiap pengaduan.',
};

/** Days between the national ceremony and the regional hand-over of the rapor. */
const HAND_OVER_AFTER_DAYS = 30;

interface WeakFinding {
  assessment: SeededAssessment;
  answer: GeneratedAnswer & { fraction: number };
}

/** Writes the rapor points of the demo province's bodies; the demo body gets one more. */
export async function seedFeedback(
  prisma: PrismaClient,
  plan: DemoCyclePlan,
  cycleId: string,
  compiled: CompiledMethodology,
  assessments: readonly SeededAssessment[],
  authorId: string,
): Promise<number> {
  const published = plan.windows.PUBLISHED?.[0];
  if (published === undefined) throw new Error(`The ${plan.year} calendar has no publication date`);
  const publishedAt = new Date(jakartaDate(published).getTime() + HAND_OVER_AFTER_DAYS * 86_400_000);

  const byBody = new Map<string, SeededAssessment[]>();
  for (const assessment of assessments) {
    if (assessment.body.provinceCode !== DEMO_PROVINCE_CODE) continue;
    byBody.set(assessment.body.id, [...(byBody.get(assessment.body.id) ?? []), assessment]);
  }
  const rows = [...byBody.values()].flatMap((own) => {
    const points = own[0]?.body.code === DEMO_INSTITUTION_CODE ? 3 : 2;
    return weakestFindings(own, points).map(({ assessment, answer }) => ({
      cycleId,
      institutionId: assessment.body.id,
      unitId: assessment.unit.id,
      indicatorCode: answer.code,
      body: pointText(compiled, assessment, answer.code),
      priority: answer.fraction < 0.34 ? 1 : answer.fraction < 0.67 ? 2 : 3,
      authorId,
      publishedAt,
    }));
  });
  await prisma.feedback.createMany({ data: rows });
  return rows.length;
}

/** The lowest answer of each unit, then the `count` lowest of those: one point per unit. */
function weakestFindings(assessments: readonly SeededAssessment[], count: number): WeakFinding[] {
  return assessments
    .flatMap((assessment) => {
      const answered = assessment.answers.filter((a): a is WeakFinding['answer'] => a.fraction !== null);
      const weakest = answered.reduce<WeakFinding['answer'] | undefined>((low, a) => (low === undefined || a.fraction < low.fraction ? a : low), undefined);
      return weakest === undefined ? [] : [{ assessment, answer: weakest }];
    })
    .sort((a, b) => a.answer.fraction - b.answer.fraction)
    .slice(0, count);
}

function pointText(compiled: CompiledMethodology, assessment: SeededAssessment, code: string): string {
  const index = compiled.indicatorIndex.get(code);
  const indicator = index === undefined ? undefined : compiled.indicators[index];
  const dimension = index === undefined ? undefined : compiled.dimensions[compiled.variableDimension[compiled.indicatorVariable[index] as number] as number];
  if (indicator === undefined || dimension === undefined) throw new Error(`Indicator ${code} is not in the methodology`);
  const advice = ADVICE[dimension.code] ?? 'Susun rencana perbaikan untuk indikator ini dan laporkan pelaksanaannya.';
  return `${assessment.unit.name}: nilai "${indicator.title.id}" (${code}) belum optimal. ${advice}`;
}
