import { z } from 'zod';
import { ZId, ZSafeString } from './common';

export const ZAuditEntry = z.object({
  id: z.number().int(),
  /** ISO 8601 timestamp of the change. */
  at: z.string(),
  userId: ZId.nullable(),
  /** The user's name, or the command that made the change. */
  actor: z.string(),
  entity: z.string(),
  entityId: ZId,
  action: z.enum(['create', 'update', 'delete']),
  /** The entity before and after the change, as JSON; null for a creation or a deletion. */
  before: z.unknown(),
  after: z.unknown(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditPage = z.object({
  items: z.array(ZAuditEntry),
  /** Pass as `beforeId` for the next, older page; null when there is none. */
  nextBeforeId: z.number().int().nullable(),
});
export type TAuditPage = z.infer<typeof ZAuditPage>;

export const ZAuditQuery = z.object({
  entity: ZSafeString().trim().min(1).max(50).optional(),
  entityId: ZId.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  beforeId: z.coerce.number().int().min(1).optional(),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
