import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { LocaleProvider } from '@patuh/ui';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { createCache } from '../apollo';
import { App } from '../App';

/** Renders a piece of the portal as the app does: Apollo (mocked), language and router around it. */
export function renderWithProviders(ui: ReactNode, mocks: MockLink.MockedResponse[], path = '/') {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <LocaleProvider>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </LocaleProvider>
    </MockedProvider>,
  );
}

export function renderPortal(mocks: MockLink.MockedResponse[], path = '/') {
  return renderWithProviders(<App />, mocks, path);
}
