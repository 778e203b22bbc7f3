import { CyclesDocument, PlatformDocument, type CyclesQuery, type PlatformQuery } from '@patuh/graphql';
import type { MockLink } from '@apollo/client/testing';

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

// The cache asks for __typename on every object, so the answers carry it as the server's would.
export function platformMock(platform: PlatformQuery['platform'] = demoPlatform): MockLink.MockedResponse {
  return {
    request: { query: PlatformDocument },
    result: { data: { platform: { __typename: 'Platform', ...platform } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function cyclesMock(cycles: Cycle[] = demoCycles): MockLink.MockedResponse {
  return {
    request: { query: CyclesDocument },
    result: { data: { cycles: cycles.map((cycle) => ({ __typename: 'Cycle', ...cycle })) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function failingMock(query: typeof PlatformDocument | typeof CyclesDocument): MockLink.MockedResponse {
  return { request: { query }, error: new Error('Network unreachable') };
}
