/** The queue of real purges started from the API (one job per run, keyed `retention-purge:<id>`). */
export const retentionQueueName = 'retention-purge';

export interface RetentionPurgePayload {
  purgeId: number;
}
