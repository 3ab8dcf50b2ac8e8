import { useQueryClient } from '@tanstack/react-query';
import { Alert, type FormInstance } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/http';
import { planKeys } from './api';

/**
 * Fills a dialog's form each time the dialog opens: from the record when editing, else the form's
 * initial values. Not again when the record reloads while open, so what the user typed stays.
 */
export function useFillOnOpen<V>(form: FormInstance<V>, open: boolean, values: () => Partial<V> | null) {
  const fill = useRef(values);
  fill.current = values;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const next = fill.current();
    if (next) form.setFieldsValue(next as Parameters<FormInstance<V>['setFieldsValue']>[0]);
  }, [open, form]);
}

/**
 * Optimistic concurrency in the plan dialogs: on a 409 `version_conflict` the plan data is loaded
 * again (the next save carries the new version), the form keeps what the user typed, and a warning
 * says so. `alert` goes above the form; `reset` when the dialog opens or the save succeeds.
 */
export function useVersionConflict(save: { reset: () => void }): {
  onError: (error: unknown) => void;
  reset: () => void;
  alert: ReactNode;
} {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  return {
    onError: (error) => {
      if (!isApiError(error) || error.code !== 'version_conflict') return;
      setConflict(true);
      save.reset();
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
    reset: () => setConflict(false),
    alert: conflict ? (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="plan-conflict"
        title={t('errors.versionConflictTitle')}
        description={t('planConsole.common.conflictKept')}
      />
    ) : null,
  };
}
