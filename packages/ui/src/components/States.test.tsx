import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../i18n/locale';
import { EmptyState, ErrorState, LoadingState } from './States';

describe('states', () => {
  it('announces loading politely', () => {
    render(
      <LocaleProvider>
        <LoadingState />
      </LocaleProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('Memuat…');
  });

  it('alerts on errors and offers to try again', () => {
    const retry = vi.fn();
    render(
      <LocaleProvider>
        <ErrorState onRetry={retry} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Data tidak dapat dimuat');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('shows what is empty', () => {
    render(<EmptyState>Belum ada siklus penilaian.</EmptyState>);
    expect(screen.getByText('Belum ada siklus penilaian.')).toBeTruthy();
  });
});
