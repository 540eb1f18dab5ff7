import pg from 'pg';

/** The PostgreSQL server tests use: trust authentication on 127.0.0.1, as on the developers' and CI's machines. */
export const postgresAdminUrl = process.env.FIDELE_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export async function postgresReachable(url = postgresAdminUrl): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function databaseUrl(name: string): string {
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
