export * from './complaint.js';
export * from './organisation.js';
