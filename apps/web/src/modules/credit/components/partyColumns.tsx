import { type TableColumnsType, Typography } from 'antd';

/** What a credit row says of whom it is about and who keeps it. */
interface PartyRow {
  enterpriseName: string;
  enterpriseCreditCode: string;
  associationName: string;
}

interface PartyColumnsOptions {
  /** The enterprise column's title; absent: no enterprise column (the enterprise's own archive). */
  enterprise?: string | undefined;
  /** The association column's title; absent: no association column (the association's own lists). */
  association?: string | undefined;
  /** Pin the enterprise column on the left (when it is the table's first column). */
  fixed?: boolean;
  maxWidth?: number;
}

/** The enterprise (name over its credit code) and the association columns the credit tables share. */
export function partyColumns<T extends PartyRow>({
  enterprise,
  association,
  fixed = true,
  maxWidth = 260,
}: PartyColumnsOptions): TableColumnsType<T> {
  const columns: TableColumnsType<T> = [];
  if (enterprise !== undefined) {
    columns.push({
      key: 'enterprise',
      title: enterprise,
      ...(fixed ? { fixed: 'left' as const } : {}),
      render: (_, row) => (
        <div style={{ maxWidth }}>
          <div>{row.enterpriseName}</div>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {row.enterpriseCreditCode}
          </Typography.Text>
        </div>
      ),
    });
  }
  if (association !== undefined) {
    columns.push({ key: 'association', title: association, dataIndex: 'associationName' });
  }
  return columns;
}
