// One staff member in the caller's scope (404 otherwise); the document number masked.
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadStaff, type StaffView } from './staff-view.js';

export async function getStaff(ctx: RegistryContext, id: string): Promise<StaffView> {
  return loadStaff(ctx.db, requireActor(ctx), id);
}
