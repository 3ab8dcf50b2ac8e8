import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  totalIsLowerBound: boolean;
  itemCount: number;
  onChange: (page: number) => void;
}

/** Previous/next paging; when the total is only a lower bound the last page is unknown. */
export function Pager({ page, pageSize, total, totalIsLowerBound, itemCount, onChange }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hasNext = totalIsLowerBound ? itemCount === pageSize : page < pages;
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pt-pager">
      <button
        type="button"
        className="pt-button pt-button--small"
        disabled={page <= 1}
        onClick={() => onChange(page - 1)}
      >
        {t('common.previous')}
      </button>
      <span>{t('common.pageOf', { page, pages: totalIsLowerBound ? `${pages}+` : pages })}</span>
      <button
        type="button"
        className="pt-button pt-button--small"
        disabled={!hasNext}
        onClick={() => onChange(page + 1)}
      >
        {t('common.next')}
      </button>
    </nav>
  );
}
