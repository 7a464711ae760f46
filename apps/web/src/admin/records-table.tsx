import { Card, ScrollArea, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { CardsSkeleton, ErrorState } from '../common/states';

interface RecordsTableProps<Row extends { id: string }> {
  /** The table's accessible name. */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  error: CombinedError | undefined;
  /** True while the first answer is on its way (not while a cached list refreshes). */
  loading: boolean;
  rows: readonly Row[];
  /** What shows instead of an empty table. */
  empty: ReactNode;
  headers: ReactNode[];
  /** The cells of one row, in the order of `headers`. */
  cells: (row: Row) => ReactNode[];
}

/** An admin list: an error, a skeleton while loading, the empty state, or a scrollable table in a card. */
export function RecordsTable<Row extends { id: string }>({ label, minWidth, error, loading, rows, empty, headers, cells }: RecordsTableProps<Row>) {
  if (error) return <ErrorState error={error} />;
  if (loading) return <CardsSkeleton count={3} height={48} />;
  if (rows.length === 0) return <>{empty}</>;
  return (
    <Card padding={0}>
      <ScrollArea>
        <Table miw={minWidth} verticalSpacing="sm" horizontalSpacing="md" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {headers.map((header, index) => (
                <Table.Th key={index}>{header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                {cells(row).map((cell, index) => (
                  <Table.Td key={index}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Card>
  );
}
