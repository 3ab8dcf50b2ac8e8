import type { FieldError } from '@gongzhi/contracts';
import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { applyServerFieldErrors } from './formErrors';

/** Applies a failed save's field errors to the form; returns those that belong to no field. */
export function useServerErrors(form: FormInstance, error: unknown): FieldError[] {
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  useEffect(() => {
    setUnmatched(error ? applyServerFieldErrors(form, error) : []);
  }, [form, error]);
  return unmatched;
}
