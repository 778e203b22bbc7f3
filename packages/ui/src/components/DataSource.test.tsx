import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/locale';
import { DataSourceName, DemoDataBanner, type DataSourceKind } from './DataSource';
import { LanguageSwitch } from './LanguageSwitch';

function renderBanner(dataSource: DataSourceKind | undefined) {
  return render(
    <LocaleProvider>
      <DemoDataBanner dataSource={dataSource} />
      <LanguageSwitch />
    </LocaleProvider>,
  );
}

describe('DemoDataBanner', () => {
  it('warns, as a status, that demo figures are not official results', () => {
    renderBanner('DEMO');
    expect(screen.getByRole('status').textContent).toBe('Data demo sintetis — bukan hasil resmi Ombudsman');
  });

  it('speaks English when English is chosen', () => {
    renderBanner('DEMO');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('status').textContent).toBe('Synthetic demo data — not official Ombudsman results');
  });

  it.each<DataSourceKind | undefined>(['OFFICIAL', 'EMPTY', undefined])('is absent when the data source is %s', (dataSource) => {
    renderBanner(dataSource);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('DataSourceName', () => {
  it('names each data source', () => {
    const { container } = render(
      <LocaleProvider>
        <DataSourceName dataSource="OFFICIAL" />
      </LocaleProvider>,
    );
    expect(container.textContent).toBe('Hasil resmi Ombudsman');
  });
});
