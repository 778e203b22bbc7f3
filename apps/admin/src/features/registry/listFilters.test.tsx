import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlFilters } from './listFilters';

function useFiltersAndAddress() {
  return { ...useUrlFilters(['siklus', 'tindakan']), search: useLocation().search };
}

const atAddress = (url: string) =>
  function Router({ children }: { children: ReactNode }) {
    return <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  };

describe('useUrlFilters', () => {
  it('keeps both of two changes made before the page renders again, and starts from the first page', () => {
    const { result } = renderHook(useFiltersAndAddress, { wrapper: atAddress('/jejak-audit?setelah=abc') });
    act(() => {
      result.current.setFilter('siklus', 'c-2025');
      result.current.setFilter('tindakan', 'cycle.stage');
    });
    expect(result.current.values).toEqual({ siklus: 'c-2025', tindakan: 'cycle.stage' });
    expect(new URLSearchParams(result.current.search).get('setelah')).toBeNull();
  });

  it('clears a filter set to nothing, and follows the address when it moves elsewhere', () => {
    const { result } = renderHook(useFiltersAndAddress, { wrapper: atAddress('/jejak-audit?siklus=c-2024&tindakan=cycle.') });
    act(() => result.current.setFilter('tindakan', ''));
    expect(result.current.values).toEqual({ siklus: 'c-2024', tindakan: '' });
    act(() => result.current.setFilter('siklus', 'c-2025'));
    expect(result.current.search).toBe('?siklus=c-2025');
  });
});
