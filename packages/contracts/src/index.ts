export * from './dto.js';
export * from './enums.js';
export * from './errors.js';
export * from './idcard.js';
export * from './limits.js';
export * from './messages.js';
export * from './permissions.js';
export * from './uscc.js';
