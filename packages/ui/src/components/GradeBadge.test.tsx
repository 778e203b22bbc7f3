import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/locale';
import { GradeBadge } from './GradeBadge';

describe('GradeBadge', () => {
  it('says the grade in words, not only in colour', () => {
    const { container } = render(
      <LocaleProvider>
        <GradeBadge code="A" label="Kualitas Tertinggi" zone="HIJAU" />
      </LocaleProvider>,
    );
    const badge = container.querySelector('.grade-badge');
    expect(badge?.classList.contains('grade-badge--hijau')).toBe(true);
    expect(badge?.textContent).toBe('Predikat AKualitas Tertinggi, zona hijau');
  });

  it('shows a neutral badge when the methodology gives no zone', () => {
    const { container } = render(
      <LocaleProvider>
        <GradeBadge code="C" label="Kualitas Sedang" />
      </LocaleProvider>,
    );
    expect(container.querySelector('.grade-badge--none')?.textContent).toBe('Predikat CKualitas Sedang');
  });
});
