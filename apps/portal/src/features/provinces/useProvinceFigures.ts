import { useQuery } from '@apollo/client/react';
import { ProvinceSummariesDocument, RegistryProvincesDocument, type ProvinceSummariesQuery } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';
import { useMemo } from 'react';
import { paths } from '../../paths';
import { formatScore } from '../format/numbers';
import type { MapProvince } from '../map/ProvinceMap';

export type ProvinceSummary = ProvinceSummariesQuery['provinceSummaries'][number];

const messages = defineMessages(
  { label: '{name}: rata-rata {mean}, {count} instansi', noData: '{name}: tidak dinilai pada {year}' },
  { label: '{name}: mean {mean}, {count} bodies', noData: '{name}: not assessed in {year}' },
);

export interface ProvinceFigure extends MapProvince {
  code: string;
  summary: ProvinceSummary | null;
}

/** Every province of the registry with its published figures of a year (null where it had none). */
export function useProvinceFigures(year: number | null) {
  const t = useT(messages);
  const summaries = useQuery(ProvinceSummariesDocument, { variables: { cycleYear: year ?? 0 }, skip: year === null });
  const registry = useQuery(RegistryProvincesDocument);
  const figures = useMemo<ProvinceFigure[] | null>(() => {
    if (year === null || !summaries.data || !registry.data) return null;
    const byCode = new Map(summaries.data.provinceSummaries.map((s) => [s.province.code, s]));
    return registry.data.provinces.map((province) => {
      const summary = byCode.get(province.code) ?? null;
      return {
        code: province.code,
        isoCode: province.isoCode ?? '',
        name: province.name,
        value: summary?.meanScore ?? null,
        href: paths.province(province.code, year),
        label: summary
          ? t('label', { name: province.name, mean: formatScore(summary.meanScore, t.locale), count: t.formatNumber(summary.institutionCount) })
          : t('noData', { name: province.name, year }),
        summary,
      };
    });
  }, [year, summaries.data, registry.data, t]);
  return {
    figures,
    error: summaries.error ?? registry.error,
    retry: () => {
      void summaries.refetch().catch(() => undefined);
      void registry.refetch().catch(() => undefined);
    },
  };
}
