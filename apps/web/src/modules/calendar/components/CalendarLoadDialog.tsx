import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarDayKind } from '@gongzhi/contracts';
import { Alert, App, Button, DatePicker, Flex, Input, InputNumber, Modal, Table, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { FormAlert } from '../../../ui/FormAlert';
import { useCalendarDays, useLoadCalendarYear } from '../hooks/useCalendar';
import { CalendarDayKindSelect } from './CalendarDayKindSelect';
import {
  type CalendarDayRow,
  type CalendarLineError,
  type CalendarLineProblem,
  mergeDays,
  parseCalendarLines,
  tableProblems,
} from './calendarLines';

interface EditableRow extends Partial<CalendarDayRow> {
  key: number;
}

interface CalendarLoadDialogProps {
  open: boolean;
  /** The year to load; an already loaded year is shown with its days, to be changed and loaded again. */
  year: number;
  /** True when the year is loaded already (its days are fetched to start from). */
  loaded: boolean;
  onClose: () => void;
}

/** An editable table of a year's days off and make-up working days, filled by hand or by pasting lines. */
export function CalendarLoadDialog({ open, year: initialYear, loaded, onClose }: CalendarLoadDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState(initialYear);
  const [note, setNote] = useState('');
  const [rows, setRows] = useState<EditableRow[]>([]);
  const [paste, setPaste] = useState('');
  const [pasteErrors, setPasteErrors] = useState<CalendarLineError[]>([]);
  const [checked, setChecked] = useState(false);
  const nextKey = useRef(1);
  const load = useLoadCalendarYear();
  const existing = useCalendarDays(open && loaded ? initialYear : undefined);

  useEffect(() => {
    if (!open) return;
    setYear(initialYear);
    setRows([]);
    setNote('');
    setPaste('');
    setPasteErrors([]);
    setChecked(false);
  }, [open, initialYear]);

  const existingDays = existing.data;
  useEffect(() => {
    if (open && existingDays) {
      setRows(existingDays.map(({ day, kind, name }) => ({ day, kind, name, key: nextKey.current++ })));
    }
  }, [open, existingDays]);

  const problems = tableProblems(rows, year);
  const lineProblem = (problem: CalendarLineProblem, line: number) =>
    t(`calendar.lineProblems.${problem}`, { line, year });

  const update = (key: number, change: Partial<CalendarDayRow>) =>
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const applyPaste = () => {
    const parsed = parseCalendarLines(paste, year);
    setPasteErrors(parsed.errors);
    if (parsed.days.length === 0) return;
    const complete = rows.filter((row): row is EditableRow & CalendarDayRow =>
      Boolean(row.day && row.kind && row.name),
    );
    setRows(mergeDays(complete, parsed.days).map((day) => ({ ...day, key: nextKey.current++ })));
    void message.success(t('calendar.pasteAdded', { count: parsed.days.length }));
    if (parsed.errors.length === 0) setPaste('');
  };

  const submit = () => {
    setChecked(true);
    if (rows.length === 0 || problems.size > 0) return;
    const trimmedNote = note.trim();
    load.mutate(
      {
        year,
        body: {
          ...(trimmedNote ? { note: trimmedNote } : {}),
          days: rows.map((row) => ({ day: row.day ?? '', kind: row.kind ?? 'holiday', name: (row.name ?? '').trim() })),
        },
      },
      {
        onSuccess: (answer) => {
          void message.success(t('calendar.loaded', { year, count: answer.recomputedCases }));
          onClose();
        },
      },
    );
  };

  const columns: TableColumnsType<EditableRow> = [
    {
      key: 'day',
      title: t('calendar.fields.day'),
      width: 170,
      render: (_, row, index) => (
        <DatePicker
          value={row.day ? dayjs(row.day) : null}
          status={checked && problems.has(index) && problems.get(index) !== 'name' ? 'error' : undefined}
          allowClear={false}
          onChange={(value) => update(row.key, { day: value ? value.format('YYYY-MM-DD') : undefined })}
        />
      ),
    },
    {
      key: 'kind',
      title: t('calendar.fields.kind'),
      width: 150,
      render: (_, row) => (
        <CalendarDayKindSelect
          style={{ width: 140 }}
          value={row.kind}
          onChange={(kind: CalendarDayKind | undefined) => update(row.key, { kind })}
        />
      ),
    },
    {
      key: 'name',
      title: t('calendar.fields.name'),
      render: (_, row, index) => (
        <Input
          maxLength={50}
          value={row.name}
          status={checked && problems.get(index) === 'name' ? 'error' : undefined}
          onChange={(event) => update(row.key, { name: event.target.value })}
        />
      ),
    },
    {
      key: 'remove',
      width: 56,
      render: (_, row) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('calendar.removeRow')}
          onClick={() => setRows((previous) => previous.filter((item) => item.key !== row.key))}
        />
      ),
    },
  ];

  const rowMessages = checked ? [...problems].map(([index, problem]) => lineProblem(problem, index + 1)) : [];

  return (
    <Modal
      open={open}
      title={t('calendar.loadTitle', { year })}
      width={820}
      okText={t('calendar.load')}
      cancelText={t('common.cancel')}
      confirmLoading={load.isPending}
      onOk={submit}
      onCancel={onClose}
      afterClose={() => load.reset()}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Flex gap={12} wrap align="center">
          <InputNumber
            aria-label={t('calendar.fields.year')}
            min={2000}
            max={2100}
            precision={0}
            value={year}
            disabled={loaded}
            onChange={(value) => setYear(value ?? initialYear)}
          />
          <Input
            style={{ flex: 1, minWidth: 200 }}
            maxLength={500}
            placeholder={t('calendar.fields.note')}
            aria-label={t('calendar.fields.note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Flex>
        <FormAlert error={load.error} details={fieldErrorsOf(load.error)} />
        {checked && rows.length === 0 ? <Alert type="error" showIcon title={t('calendar.emptyTable')} /> : null}
        {rowMessages.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title={t('calendar.tableInvalid', { count: rowMessages.length })}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {rowMessages.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Table<EditableRow>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
          loading={existing.isFetching}
          scroll={{ x: 'max-content', y: 320 }}
        />
        <Button
          icon={<PlusOutlined />}
          onClick={() => setRows((previous) => [...previous, { key: nextKey.current++, kind: 'holiday' }])}
        >
          {t('calendar.addRow')}
        </Button>
        <div>
          <label htmlFor="calendar-paste" style={{ display: 'block', marginBottom: 4 }}>
            {t('calendar.pasteLabel')}
          </label>
          <Input.TextArea
            id="calendar-paste"
            rows={4}
            value={paste}
            placeholder={t('calendar.pastePlaceholder')}
            onChange={(event) => setPaste(event.target.value)}
          />
          {pasteErrors.length > 0 ? (
            <ul style={{ margin: '8px 0 0', paddingLeft: 20, color: '#cf1322' }} role="alert">
              {pasteErrors.map((error) => (
                <li key={error.line}>
                  {lineProblem(error.problem, error.line)}: <code>{error.text}</code>
                </li>
              ))}
            </ul>
          ) : null}
          <Button style={{ marginTop: 8 }} onClick={applyPaste} disabled={!paste.trim()}>
            {t('calendar.pasteApply')}
          </Button>
        </div>
      </Flex>
    </Modal>
  );
}
