import type { DueKind } from '@gongzhi/contracts';
import { useTranslation } from 'react-i18next';

interface DueLineProps {
  dueOn: string | null;
  dueKind: DueKind | null;
  provisional: boolean;
}

/** "受理期限：2026-05-12 前", with a "provisional" badge when that year's holidays are not loaded. */
export function DueLine({ dueOn, dueKind, provisional }: DueLineProps) {
  const { t } = useTranslation();
  if (!dueOn || !dueKind) return <span>{t('portal.track.noDeadline')}</span>;
  return (
    <span>
      {t('portal.track.deadlineValue', { kind: t(`enums.dueKind.${dueKind}`), date: dueOn })}
      {provisional ? (
        <>
          {' '}
          <span className="pt-badge pt-badge--warn" title={t('portal.track.provisionalHint')}>
            {t('portal.track.provisional')}
          </span>
        </>
      ) : null}
    </span>
  );
}
