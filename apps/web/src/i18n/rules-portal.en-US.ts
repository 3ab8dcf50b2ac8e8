import type { RulesPortalMessages } from './rules-portal.zh-CN';

/** The public portal's rules and consultations pages (issue #7), in English. Included as `rulesPortal`. */
export const rulesPortalEnUS: RulesPortalMessages = {
  title: 'Self-discipline codes and rules',
  lead: 'The charters, codes of self-discipline and ethics and management rules the industry associations publish, in the versions in force.',
  association: 'Association',
  allAssociations: 'All associations',
  kind: 'Kind',
  allKinds: 'All kinds',
  empty: 'No public documents yet.',
  versionLine: 'Version {{number}} · published {{date}}',
  versions: 'Versions',
  back: 'Back to the list',
  notPublic: 'This document does not exist or is not public.',
  consultationReport: 'Consultation',
  consultations: {
    title: 'Public consultations',
    lead: 'Drafts the industry associations open to the public for comments; every comment is answered after the deadline.',
    link: 'Public consultations',
    empty: 'No public consultations yet.',
    deadline: 'Until {{date}}',
    comments: '{{count}} comments',
    signIn: 'Sign in to comment',
    notPublic: 'This consultation does not exist or is not public.',
    text: 'Consultation draft',
    general: 'General comments',
    noComments: 'No comments yet.',
    anonymous: 'A member of the public',
    unanswered: 'Awaiting an answer',
    answerLine: 'Answer: {{answer}}',
    reasonLine: 'Reason: {{reason}}',
  },
};
