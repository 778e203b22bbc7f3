import { EmptyState, ErrorState, LoadingState } from '@patuh/ui';
import type { ReactNode } from 'react';
import { readApiError } from '../api/errors';
import { ApiErrorMessage } from './ApiErrorMessage';
import { Pagination } from './Pagination';
import { TableScroll } from './TableScroll';

/** One page of a list as the API sends it (a Relay-style connection). */
export interface PagedConnection<Node> {
  nodes: readonly Node[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** What the table needs of the query (Apollo's useQuery result has it). */
export interface PagedQuery {
  loading: boolean;
  /** A refusal from the API is shown as its message; a lost connection offers a retry. */
  error?: unknown;
  refetch: () => Promise<unknown>;
}

/** A column heading: its text, or a heading whose cells are numbers (aligned right), or another control. */
export type Column = string | { label: ReactNode; numeric?: boolean };

export interface PagedTableProps<Node> {
  /** The page from the query; undefined until it arrives, or when it could not be read. */
  connection: PagedConnection<Node> | undefined;
  query: PagedQuery;
  /** The table's caption, which also names its scrolling box. */
  caption: string;
  /** What is said when no row matches. */
  empty: string;
  /** Classes besides `data-table`. */
  className?: string;
  /** The column headings, in order; false or null leaves a column out. */
  columns: readonly (Column | false | null)[];
  /** One keyed `<tr>` for a node. */
  row: (node: Node) => ReactNode;
  pageSize: number;
}

/**
 * The list pages' shared shape: a page of results as a captioned table with the pagination under
 * it, or the empty, loading or error state in its place. Filters, columns and rows stay with each page.
 */
export function PagedTable<Node>({ connection, query, caption, empty, className, columns, row, pageSize }: PagedTableProps<Node>) {
  if (!connection) {
    if (query.loading) return <LoadingState />;
    if (query.error && readApiError(query.error).code !== 'NETWORK') return <ApiErrorMessage error={query.error} />;
    return <ErrorState onRetry={() => void query.refetch().catch(() => undefined)} />;
  }
  if (connection.nodes.length === 0) {
    return (
      <EmptyState>
        <p>{empty}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <TableScroll label={caption}>
        <table className={className ? `data-table ${className}` : 'data-table'}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, index) =>
                !column ? null : typeof column === 'string' ? (
                  <th key={index} scope="col">
                    {column}
                  </th>
                ) : (
                  <th key={index} scope="col" className={column.numeric ? 'numeric' : undefined}>
                    {column.label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>{connection.nodes.map((node) => row(node))}</tbody>
        </table>
      </TableScroll>
      <Pagination
        pageSize={pageSize}
        shown={connection.nodes.length}
        totalCount={connection.totalCount}
        hasNextPage={connection.pageInfo.hasNextPage}
        endCursor={connection.pageInfo.endCursor}
      />
    </>
  );
}
