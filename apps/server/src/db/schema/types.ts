import { customType } from 'drizzle-orm/pg-core';

/** Files kept in the database (attachments, uploaded notices): a Buffer whichever driver reads them. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
