export async function writeAuditReport(..._: unknown[]): Promise<void> {}
