import type { FrameworkScaleLevel, IndicatorScoreDto, MeDto } from '@gongzhi/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Radio, Row, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { groupFieldErrors } from '../../../lib/fieldErrors';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { isApiError } from '../../../lib/http';
import { evaluationKeys } from '../api/evaluation.api';
import { useAssign, useSaveScore } from '../hooks/useAssessments';
import { levelOf, localised } from './indicators';
import { type KnownUser, UserSelect } from './UserSelect';

/** What the user is typing: kept apart from the saved row until saved, so that a reload never loses it. */
interface Draft {
  level: number | null;
  rationale: string;
  /** The row version the draft started from (sent with the save). */
  baseVersion: number;
}

interface ScoreFormProps {
  assessmentId: string;
  code: string;
  row: IndicatorScoreDto;
  scale: readonly FrameworkScaleLevel[];
  editable: boolean;
  /** The organisation whose accounts may be assigned. */
  assessorOrganisationId: string;
  assessors: readonly KnownUser[];
  me: MeDto;
  canListUsers: boolean;
}

function isConflict(error: unknown): boolean {
  return isApiError(error) && error.code === 'version_conflict';
}

/**
 * The score of a leaf indicator: a level of the scale, the rationale and the assignee. Saves send
 * the version the edit started from; when someone else saved in between (409), the indicator is
 * loaded again, the typed text stays in the form and the other person's version is shown beside it.
 */
export function ScoreForm({
  assessmentId,
  code,
  row,
  scale,
  editable,
  assessorOrganisationId,
  assessors,
  me,
  canListUsers,
}: ScoreFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useSaveScore(assessmentId);
  const assign = useAssign(assessmentId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [conflict, setConflict] = useState(false);

  const level = draft ? draft.level : row.level;
  const rationale = draft ? draft.rationale : row.rationale;
  const dirty = draft !== null && (draft.level !== row.level || draft.rationale !== row.rationale);
  const chosen = levelOf(scale, level);
  const fieldErrors = groupFieldErrors(
    isApiError(save.error) ? save.error.fields : [],
    (path): 'level' | 'rationale' | null => (path === 'level' || path === 'rationale' ? path : null),
  ).byField;

  const edit = (change: Partial<Pick<Draft, 'level' | 'rationale'>>) =>
    setDraft((before) => ({
      level: before ? before.level : row.level,
      rationale: before ? before.rationale : row.rationale,
      baseVersion: before ? before.baseVersion : row.version,
      ...change,
    }));

  const reload = () => void queryClient.invalidateQueries({ queryKey: evaluationKeys.assessment(assessmentId) });

  const submit = (version: number) => {
    save.mutate(
      { code, level, rationale, version },
      {
        onSuccess: () => {
          setDraft(null);
          setConflict(false);
          void message.success(t('evaluationConsole.indicator.saved', { code }));
        },
        onError: (error) => {
          if (isConflict(error)) {
            setConflict(true);
            reload();
          }
        },
      },
    );
  };

  const changeAssignee = (userId: string | null) => {
    assign.mutate(
      { code, userId, version: row.version },
      {
        onSuccess: (saved) => {
          // The assignment moved the row's version on; a draft begun on the version before follows it.
          setDraft((before) =>
            before && before.baseVersion === row.version ? { ...before, baseVersion: saved.version } : before,
          );
          void message.success(t('evaluationConsole.indicator.assigned', { code }));
        },
        onError: (error) => {
          void message.error(isConflict(error) ? t('evaluationConsole.indicator.conflictTitle') : errorText(error, t));
          if (isConflict(error)) reload();
        },
      },
    );
  };

  const known: KnownUser[] = [
    ...(row.assigneeUserId ? [{ id: row.assigneeUserId, name: row.assigneeName ?? row.assigneeUserId }] : []),
    ...assessors,
    { id: me.user.id, name: me.user.displayName },
  ];
  const theirs = levelOf(scale, row.level);

  return (
    <section aria-label={t('evaluationConsole.indicator.scoring')}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('evaluationConsole.indicator.scoring')}
      </Typography.Title>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid={`conflict-${code}`}
          title={t('evaluationConsole.indicator.conflictTitle')}
          description={
            <Flex vertical gap={8}>
              <span>
                {t('evaluationConsole.indicator.conflictText', {
                  user: row.updatedBy ?? t('evaluationConsole.indicator.someone'),
                  time: formatDateTime(row.updatedAt, locale) ?? '',
                })}
              </span>
              <Row gutter={[8, 8]}>
                <Col xs={24} md={12}>
                  <Card size="small" title={t('evaluationConsole.indicator.theirs')} data-testid={`theirs-${code}`}>
                    <Typography.Text strong>
                      {theirs ? localised(theirs.name, locale) : t('evaluationConsole.common.notScored')}
                    </Typography.Text>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                      {row.rationale || t('common.none')}
                    </Typography.Paragraph>
                  </Card>
                </Col>
                <Col xs={24} md={12}>
                  <Card size="small" title={t('evaluationConsole.indicator.yours')}>
                    <Typography.Text strong>
                      {chosen ? localised(chosen.name, locale) : t('evaluationConsole.common.notScored')}
                    </Typography.Text>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                      {rationale || t('common.none')}
                    </Typography.Paragraph>
                  </Card>
                </Col>
              </Row>
              <Flex gap={8} wrap>
                <Button
                  size="small"
                  type="primary"
                  loading={save.isPending}
                  onClick={() => {
                    setDraft((before) => (before ? { ...before, baseVersion: row.version } : before));
                    submit(row.version);
                  }}
                  data-testid={`keep-mine-${code}`}
                >
                  {t('evaluationConsole.indicator.keepMine')}
                </Button>
                <Button
                  size="small"
                  onClick={() => {
                    setDraft(null);
                    setConflict(false);
                    save.reset();
                  }}
                  data-testid={`use-theirs-${code}`}
                >
                  {t('evaluationConsole.indicator.useTheirs')}
                </Button>
              </Flex>
            </Flex>
          }
        />
      ) : null}
      <Form layout="vertical" component="div" disabled={!editable}>
        <Form.Item
          validateStatus={fieldErrors.level ? 'error' : undefined}
          help={fieldErrors.level}
          style={{ marginBottom: 8 }}
        >
          <Radio.Group
            value={level}
            onChange={(event) => edit({ level: event.target.value as number })}
            aria-label={t('evaluationConsole.indicator.scoring')}
          >
            <Flex vertical gap={4}>
              {scale.map((entry) => (
                <Radio key={entry.level} value={entry.level} data-testid={`score-level-${code}-${entry.level}`}>
                  <Tooltip title={localised(entry.description, locale) || undefined}>
                    <span>
                      <Typography.Text strong>{localised(entry.name, locale)}</Typography.Text>{' '}
                      <Typography.Text type="secondary">
                        {t('evaluationConsole.indicator.levelScore', { score: entry.score })}
                      </Typography.Text>
                    </span>
                  </Tooltip>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        {chosen && localised(chosen.description, locale) ? (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {localised(chosen.description, locale)}
          </Typography.Paragraph>
        ) : null}
        {editable ? (
          <>
            {level !== null ? (
              <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => edit({ level: null })}>
                {t('evaluationConsole.indicator.clear')}
              </Button>
            ) : null}
            <Form.Item
              label={t('evaluationConsole.indicator.rationale')}
              validateStatus={fieldErrors.rationale ? 'error' : undefined}
              help={fieldErrors.rationale}
              htmlFor={`rationale-input-${code}`}
            >
              <Input.TextArea
                id={`rationale-input-${code}`}
                rows={3}
                maxLength={5000}
                showCount
                value={rationale}
                placeholder={t('evaluationConsole.indicator.rationalePlaceholder')}
                onChange={(event) => edit({ rationale: event.target.value })}
                data-testid={`rationale-${code}`}
              />
            </Form.Item>
            {save.error && !isConflict(save.error) && !fieldErrors.level && !fieldErrors.rationale ? (
              <Alert type="error" showIcon style={{ marginBottom: 8 }} title={errorText(save.error, t)} />
            ) : null}
            <Flex gap={8} align="center" wrap>
              <Button
                type="primary"
                onClick={() => submit(draft?.baseVersion ?? row.version)}
                loading={save.isPending}
                disabled={!dirty || conflict}
                data-testid={`save-${code}`}
              >
                {t('evaluationConsole.indicator.save')}
              </Button>
              {dirty ? (
                <Typography.Text type="warning">{t('evaluationConsole.indicator.unsaved')}</Typography.Text>
              ) : null}
            </Flex>
          </>
        ) : (
          <div>
            <Typography.Text type="secondary">{t('evaluationConsole.indicator.rationale')}</Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid={`rationale-${code}`}>
              {row.rationale || t('common.none')}
            </Typography.Paragraph>
          </div>
        )}
        {row.updatedAt ? (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
            {t('evaluationConsole.indicator.lastSaved', {
              user: row.updatedBy ?? t('evaluationConsole.indicator.someone'),
              time: formatDateTime(row.updatedAt, locale),
            })}
          </Typography.Paragraph>
        ) : null}
        <Form.Item
          label={t('evaluationConsole.indicator.assignee')}
          style={{ marginTop: 12, marginBottom: 0 }}
          htmlFor={`assignee-${code}`}
        >
          <UserSelect
            id={`assignee-${code}`}
            organisationId={assessorOrganisationId}
            known={known}
            searchable={canListUsers && editable}
            value={row.assigneeUserId}
            onChange={changeAssignee}
            loading={assign.isPending}
            allowClear
            placeholder={t('evaluationConsole.indicator.unassigned')}
            style={{ width: '100%', maxWidth: 320 }}
            data-testid={`assignee-${code}`}
          />
        </Form.Item>
      </Form>
    </section>
  );
}
