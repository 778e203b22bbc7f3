import { useSearchParams } from 'react-router';
import { usePublishedCycles } from './usePublishedCycles';

/**
 * The year a page shows: `?tahun=` when it names a published year, else the latest one.
 * `year` is null until the published years are known (or when there are none).
 */
export function useYearParam() {
  const [params, setParams] = useSearchParams();
  const published = usePublishedCycles();
  const asked = Number(params.get('tahun'));
  const chosen = published.cycles?.find((cycle) => cycle.year === asked) ?? published.latest;
  return {
    year: chosen?.year ?? null,
    cycle: chosen,
    ...published,
    setYear: (year: number) => {
      const next = new URLSearchParams(params);
      next.set('tahun', String(year));
      setParams(next);
    },
  };
}
