/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a yearly assessment stands, from planning to archive. */
export type CycleStage =
  | 'ARCHIVED'
  | 'CLARIFICATION'
  | 'COLLECTION'
  | 'DECISION'
  | 'DRAFT'
  | 'PREPARATION'
  | 'PUBLISHED'
  | 'VERIFICATION';

/** Where the figures on this platform come from. */
export type DataSource =
  /** Synthetic demo data: never official results. */
  | 'DEMO'
  /** Nothing loaded yet. */
  | 'EMPTY'
  /** Results as decided and published by the Ombudsman. */
  | 'OFFICIAL';

export type PlatformQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformQuery = { platform: { name: string, dataSource: DataSource, provinceCount: number, institutionCount: number, cycleCount: number } };

export type CyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type CyclesQuery = { cycles: Array<{ id: string, year: number, title: string, stage: CycleStage, synthetic: boolean }> };


export const PlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCount"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCount"}},{"kind":"Field","name":{"kind":"Name","value":"cycleCount"}}]}}]}}]} as unknown as DocumentNode<PlatformQuery, PlatformQueryVariables>;
export const CyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]} as unknown as DocumentNode<CyclesQuery, CyclesQueryVariables>;