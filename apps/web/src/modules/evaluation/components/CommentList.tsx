import type { CommentDto } from '@gongzhi/contracts';
import { Alert, App, Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errorText';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { useComment } from '../hooks/useAssessments';
import { DecisionTag } from './EvaluationTags';

interface CommentListProps {
  assessmentId: string;
  comments: readonly CommentDto[];
  /** The indicator the comments are about (general comments when absent). */
  code?: string;
  empty: string;
  placeholder: string;
  /** Shows the indicator of each comment (the list of every comment). */
  showIndicator?: boolean;
  /** The form opens with a button (on an indicator card) rather than being shown. */
  collapsed?: boolean;
}

/** Comments in order with author, organisation, time and review decision; anyone who reads may add one. */
export function CommentList({
  assessmentId,
  comments,
  code,
  empty,
  placeholder,
  showIndicator = false,
  collapsed = false,
}: CommentListProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const comment = useComment(assessmentId);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(!collapsed);
  const testId = code ? `comments-${code}` : 'comments';

  const send = () => {
    const body = text.trim();
    if (!body) return;
    comment.mutate(
      { body, ...(code ? { indicatorCode: code } : {}) },
      {
        onSuccess: () => {
          setText('');
          if (collapsed) setOpen(false);
          void message.success(t('evaluationConsole.indicator.commented'));
        },
      },
    );
  };

  return (
    <div data-testid={testId}>
      {comments.length === 0 ? (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {comments.map((item) => (
            <div key={item.id}>
              <Flex gap={6} wrap align="baseline">
                <Typography.Text strong>{item.authorName}</Typography.Text>
                <Typography.Text type="secondary">{item.authorOrganisationName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(item.createdAt, locale)}
                </Typography.Text>
                <DecisionTag decision={item.decision} />
                {showIndicator ? (
                  <Typography.Text type="secondary">
                    {item.indicatorCode
                      ? t('evaluationConsole.comments.indicator', { code: item.indicatorCode })
                      : t('evaluationConsole.comments.general')}
                  </Typography.Text>
                ) : null}
              </Flex>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{item.body}</Typography.Paragraph>
            </div>
          ))}
        </Flex>
      )}
      {open ? (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          {comment.error ? <Alert type="error" showIcon title={errorText(comment.error, t)} /> : null}
          <Input.TextArea
            rows={2}
            maxLength={5000}
            value={text}
            placeholder={placeholder}
            aria-label={placeholder}
            onChange={(event) => setText(event.target.value)}
            data-testid={`${testId}-input`}
          />
          <Flex gap={8}>
            <Button onClick={send} loading={comment.isPending} disabled={!text.trim()} data-testid={`${testId}-send`}>
              {t('evaluationConsole.indicator.send')}
            </Button>
            {collapsed ? <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button> : null}
          </Flex>
        </Flex>
      ) : (
        <div>
          <Button type="link" style={{ paddingInline: 0 }} onClick={() => setOpen(true)}>
            {t('evaluationConsole.indicator.addComment')}
          </Button>
        </div>
      )}
    </div>
  );
}
