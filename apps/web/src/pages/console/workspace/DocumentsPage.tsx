import {
  DOCUMENT_VISIBILITIES,
  type DocumentVisibility,
  RULE_DOCUMENT_KINDS,
  type RuleDocumentKind,
  type RuleDocumentSummaryDto,
} from '@gongzhi/contracts';
import type { TableColumnsType } from 'antd';
import { Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { can, useCurrentUser } from '../../../modules/auth/hooks/currentUser';
import { DocumentCreateDialog } from '../../../modules/rules/components/DocumentCreateDialog';
import { KindTag, VersionStatusTag, VisibilityTag } from '../../../modules/rules/components/RulesTags';
import { useDocuments } from '../../../modules/rules/hooks/useRules';
import { AddButton } from '../../../ui/AddButton';
import { DataTable } from '../../../ui/DataTable';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ListCard } from '../../../ui/ListCard';
import { PageHeader } from '../../../ui/PageHeader';

const FILTERS = ['kind', 'visibility'] as const;

/** /console/workspace/documents — the association's rules (members: the ones published to them). */
function Documents() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const me = useCurrentUser();
  const list = useListParams(FILTERS);
  const [creating, setCreating] = useState(false);
  const result = useDocuments({
    page: list.page,
    pageSize: list.pageSize,
    kind: list.filters.kind as RuleDocumentKind | undefined,
    visibility: list.filters.visibility as DocumentVisibility | undefined,
  });
  const canCreate = can(me, 'workspace.manage');
  const none = t('common.none');

  const columns: TableColumnsType<RuleDocumentSummaryDto> = [
    {
      key: 'title',
      title: t('rulesConsole.documents.fields.title'),
      render: (_, row) => (
        <Link to={`/console/workspace/documents/${row.id}`} data-testid="document-row">
          {row.title}
        </Link>
      ),
    },
    { key: 'kind', title: t('rulesConsole.documents.fields.kind'), render: (_, row) => <KindTag kind={row.kind} /> },
    {
      key: 'visibility',
      title: t('rulesConsole.documents.fields.visibility'),
      render: (_, row) => <VisibilityTag visibility={row.visibility} />,
    },
    {
      key: 'version',
      title: t('rulesConsole.documents.fields.version'),
      render: (_, row) => (
        <Space size={4} wrap>
          {row.publishedNumber
            ? t('rulesConsole.documents.versionValue', { number: row.publishedNumber })
            : t('rulesConsole.documents.noneInForce')}
          {row.latestStatus !== 'published' ? <VersionStatusTag status={row.latestStatus} /> : null}
        </Space>
      ),
    },
    { key: 'association', title: t('rulesConsole.documents.fields.association'), dataIndex: 'organisationName' },
    {
      key: 'publishedAt',
      title: t('rulesConsole.documents.fields.publishedAt'),
      render: (_, row) => formatDateTime(row.publishedAt, locale) ?? none,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('rulesConsole.documents.title')}
        subtitle={t('rulesConsole.documents.lead')}
        extra={
          canCreate ? (
            <span data-testid="document-create">
              <AddButton onClick={() => setCreating(true)}>{t('rulesConsole.documents.create')}</AddButton>
            </span>
          ) : null
        }
      />
      <ListCard
        list={list}
        result={result}
        toolbar={
          <Space wrap style={{ marginBottom: 12 }}>
            <EnumSelect<RuleDocumentKind>
              {...list.filterProps<RuleDocumentKind>('kind', t('rulesConsole.documents.kindFilter'))}
              values={RULE_DOCUMENT_KINDS}
              label={(v) => t(`rulesConsole.enums.kind.${v}`)}
              aria-label={t('rulesConsole.documents.kindFilter')}
              style={{ minWidth: 180 }}
            />
            <EnumSelect<DocumentVisibility>
              {...list.filterProps<DocumentVisibility>('visibility', t('rulesConsole.documents.visibilityFilter'))}
              values={DOCUMENT_VISIBILITIES}
              label={(v) => t(`rulesConsole.enums.visibility.${v}`)}
              aria-label={t('rulesConsole.documents.visibilityFilter')}
              style={{ minWidth: 160 }}
            />
          </Space>
        }
      >
        {(table) => <DataTable<RuleDocumentSummaryDto> {...table} columns={columns} data-testid="documents" />}
      </ListCard>
      {canCreate ? <DocumentCreateDialog open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

export const DocumentsPage = withPermission(['workspace.read', 'member.read'], Documents);
