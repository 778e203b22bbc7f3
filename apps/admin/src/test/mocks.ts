import { CyclesDocument, PlatformDocument, StaffViewerDocument, type CyclesQuery, type PlatformQuery, type StaffViewerFieldsFragment } from '@patuh/graphql';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import type { DocumentNode } from 'graphql';

type Cycle = CyclesQuery['cycles'][number];

export const demoPlatform: PlatformQuery['platform'] = {
  name: 'Patuh',
  dataSource: 'DEMO',
  provinceCount: 38,
  institutionCount: 1234,
  cycleCount: 2,
};

export const demoCycles: Cycle[] = [
  { id: 'c2025', year: 2025, title: 'Penilaian Kepatuhan 2025', stage: 'COLLECTION', synthetic: true },
  { id: 'c2024', year: 2024, title: 'Penilaian Kepatuhan 2024', stage: 'PUBLISHED', synthetic: true },
];

export const adminViewer: StaffViewerFieldsFragment = {
  id: 'u-admin',
  email: 'admin@patuh.demo',
  name: 'Admin Pusat (demo)',
  role: 'ADMIN',
  demo: true,
  province: null,
  institution: null,
};

export const regionalViewer: StaffViewerFieldsFragment = {
  ...adminViewer,
  id: 'u-banten',
  email: 'banten@patuh.demo',
  name: 'Asisten Perwakilan Banten (demo)',
  role: 'REGIONAL_STAFF',
  province: { code: '36', name: 'Banten' },
};

export const officerViewer: StaffViewerFieldsFragment = {
  ...adminViewer,
  id: 'u-tangsel',
  email: 'tangsel@patuh.demo',
  name: 'Petugas Pemkot Tangerang Selatan (demo)',
  role: 'INSTITUTION_OFFICER',
  institution: { id: 'i-tangsel', name: 'Pemerintah Kota Tangerang Selatan' },
};

/** Adds the __typename the cache asks for on every object, as the server's answers carry it. */
export function typed<T>(typename: string, value: T): T & { __typename: string } {
  return { __typename: typename, ...value };
}

export function viewerAnswer(viewer: StaffViewerFieldsFragment) {
  return {
    ...typed('Me', viewer),
    province: viewer.province && typed('ScopeProvince', viewer.province),
    institution: viewer.institution && typed('ScopeInstitution', viewer.institution),
  };
}

export function viewerMock(viewer: StaffViewerFieldsFragment | null): MockLink.MockedResponse {
  return {
    request: { query: StaffViewerDocument },
    result: { data: { me: viewer && viewerAnswer(viewer) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function platformMock(platform: PlatformQuery['platform'] = demoPlatform): MockLink.MockedResponse {
  return {
    request: { query: PlatformDocument },
    result: { data: { platform: typed('Platform', platform) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function cyclesMock(cycles: Cycle[] = demoCycles): MockLink.MockedResponse {
  return {
    request: { query: CyclesDocument },
    result: { data: { cycles: cycles.map((cycle) => typed('Cycle', cycle)) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function failingMock(query: DocumentNode): MockLink.MockedResponse {
  return { request: { query }, error: new Error('Network unreachable') };
}

/** An answer of the API refusing the request, as apps/server/src/errors.ts shapes it. */
export function apiError(code: string, i18n: { id: string; en: string }, extensions: Record<string, unknown> = {}) {
  return { errors: [new GraphQLError(i18n.id, { extensions: { code, i18n, ...extensions } })] };
}
