import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { LocaleProvider } from '@patuh/ui';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { createCache } from '../apollo';
import { App } from '../App';
import { basename } from '../routes/paths';

/** Where the router is, for tests that follow a redirect. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Anything under the app's providers, at an address of the app (with its /admin prefix). */
export function renderWithProviders(children: ReactNode, mocks: MockLink.MockedResponse[], url = '/admin/') {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <LocaleProvider>
        <MemoryRouter basename={basename} initialEntries={[url]}>
          {children}
          <LocationProbe />
        </MemoryRouter>
      </LocaleProvider>
    </MockedProvider>,
  );
}

/** The whole app at an address. */
export function renderAdmin(mocks: MockLink.MockedResponse[], url = '/admin/') {
  return renderWithProviders(<App />, mocks, url);
}
