import {
  COMPLAINT_ACTIONS,
  type ComplaintAction,
  type ComplaintActionBody,
  type RefusalGround,
  type TerminationGround,
} from '@gongzhi/contracts';

/** The inputs an action's dialog may show. */
export type ActionField =
  | 'refusalGround'
  | 'terminationGround'
  | 'regulatorId'
  | 'resolution'
  | 'response'
  | 'consumerConsent'
  | 'enterpriseConsent'
  | 'justified'
  | 'note';

export interface ActionFieldSpec {
  name: ActionField;
  required?: boolean;
}

/** What each step asks for (the server names any missing one in a 400 as well). */
export const ACTION_FIELDS: Record<ComplaintAction, readonly ActionFieldSpec[]> = {
  accept: [{ name: 'note' }],
  refuse: [
    { name: 'refusalGround', required: true },
    { name: 'resolution', required: true },
  ],
  answer: [{ name: 'resolution', required: true }],
  forward: [{ name: 'note' }],
  enterprise_respond: [{ name: 'response', required: true }],
  start_mediation: [
    { name: 'consumerConsent', required: true },
    { name: 'enterpriseConsent', required: true },
    { name: 'note' },
  ],
  pause: [{ name: 'note', required: true }],
  resume: [{ name: 'note' }],
  record_agreement: [{ name: 'resolution', required: true }, { name: 'justified' }],
  terminate: [{ name: 'terminationGround', required: true }, { name: 'note' }, { name: 'justified' }],
  transfer: [
    { name: 'regulatorId', required: true },
    { name: 'note', required: true },
  ],
  comment: [{ name: 'note', required: true }],
};

/** How an action's button looks: the usual next step, a step that ends the case badly, or neither. */
export const ACTION_EMPHASIS: Record<ComplaintAction, 'primary' | 'danger' | 'default'> = {
  accept: 'primary',
  refuse: 'danger',
  answer: 'primary',
  forward: 'primary',
  enterprise_respond: 'primary',
  start_mediation: 'default',
  pause: 'default',
  resume: 'default',
  record_agreement: 'primary',
  terminate: 'danger',
  transfer: 'default',
  comment: 'default',
};

/** Whether the complaint was justified: asked as yes / no / not decided. */
export type Justified = 'yes' | 'no' | 'undecided';

export interface ActionValues {
  note?: string | null;
  refusalGround?: RefusalGround | null;
  terminationGround?: TerminationGround | null;
  resolution?: string | null;
  response?: string | null;
  consumerConsent?: boolean;
  enterpriseConsent?: boolean;
  justified?: Justified | null;
  regulatorId?: string | null;
}

/** The allowed actions in a stable order (the workflow's), with `comment` last. */
export function orderedActions(allowed: readonly ComplaintAction[]): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((action) => allowed.includes(action));
}

function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The request body of a step: only the fields the action takes, blanks left out. */
export function toActionBody(action: ComplaintAction, version: number, values: ActionValues): ComplaintActionBody {
  const body: ComplaintActionBody = { action, version };
  for (const { name } of ACTION_FIELDS[action]) {
    switch (name) {
      case 'note':
      case 'resolution':
      case 'response': {
        const value = text(values[name]);
        if (value !== undefined) body[name] = value;
        break;
      }
      case 'refusalGround':
      case 'terminationGround':
      case 'regulatorId': {
        const value = values[name];
        if (value) Object.assign(body, { [name]: value });
        break;
      }
      case 'consumerConsent':
      case 'enterpriseConsent':
        body[name] = values[name] === true;
        break;
      case 'justified':
        if (values.justified === 'yes') body.justified = true;
        else if (values.justified === 'no') body.justified = false;
        break;
    }
  }
  return body;
}
