export * from './complaint.js';
export * from './credit.js';
export * from './evaluation.js';
export * from './organisation.js';
export * from './spotcheck.js';
export * from './workspace.js';
