/**
 * Imports, who acts and on what basis (issue 14):
 * - a contact created by an import records the consents given in the file's consent columns, in the row's
 *   transaction, with provenance, so that a contact created with a consent covering the importer's purpose is
 *   readable by its creator at once (and one created without is withheld from it, like any contact);
 * - an import run from the CLI without `--as` runs as the named system principal `cli:import`, audited as such.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const root = path.resolve(import.meta.dirname, '../../../../..');

describeEachDatabase('import: basis of creation and the system principal', (provider) => {
  let h: ApiHarness;
  let dir: string;
  const importFile = `mutation($content: String!) { importFile(entity: CONTACT, format: CSV, fileName: "basis.csv", content: $content, key: "email") {
    createdCount rejectedCount errors { line code message } } }`;
  const contactQuery = `query($id: ID!) { contact(id: $id) { lastName email } }`;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    dir = mkdtempSync(path.join(tmpdir(), 'fidele-import-basis-'));
  });
  afterAll(async () => {
    await h?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records the consents of the file with the new contact: its creator reads it at once', async () => {
    const content = [
      'email,lastName,brand,zone,consent.marketing',
      'opted.in@exemple.fr,Optin,A,N,granted',
      'no.basis@exemple.fr,Sansbase,A,N,',
    ].join('\n');
    const r = await h.as('MARKETING', 'marketing')(importFile, { content });
    expect(r.errors).toBeUndefined();
    expect(r.data.importFile).toMatchObject({ createdCount: 2, rejectedCount: 0, errors: [] });
    const optin = await h.t.db.contact.findFirstOrThrow({
      where: { email: 'opted.in@exemple.fr' },
      include: { consentEvents: true, consentStates: true },
    });
    // The basis, with its provenance: who captured it, from which job and line.
    expect(optin.consentEvents).toEqual([
      expect.objectContaining({
        purposeId: h.purposes.marketing,
        status: 'GRANTED',
        source: 'IMPORT',
        capturedById: h.users.MARKETING,
        proof: expect.stringMatching(/^ImportJob \d+, line 2$/),
      }),
    ]);
    expect(optin.consentStates).toEqual([
      expect.objectContaining({ purposeId: h.purposes.marketing, status: 'GRANTED' }),
    ]);
    const read = await h.as('MARKETING', 'marketing')(contactQuery, { id: gid('Contact', optin.id) });
    expect(read).toEqual({ data: { contact: { lastName: 'Optin', email: 'opted.in@exemple.fr' } } });
    // Without a basis the new contact is withheld from its creator like any other.
    const bare = await h.t.db.contact.findFirstOrThrow({ where: { email: 'no.basis@exemple.fr' } });
    const withheld = await h.as('MARKETING', 'marketing')(contactQuery, { id: gid('Contact', bare.id) });
    expect(withheld.data.contact).toEqual({ lastName: null, email: null });
    expect(withheld.errors?.map((e) => e.extensions.code)).toEqual(['CONSENT_REQUIRED', 'CONSENT_REQUIRED']);
  });

  it('CLI: an import without --as runs as the system, audited with the reason cli:import', async () => {
    const file = path.join(dir, 'system.csv');
    writeFileSync(file, 'email,lastName,brand,zone\nsystem.import@exemple.fr,Systeme,B,S\n');
    const r = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      ['packages/server/src/platform/cli.ts', 'import', 'contacts', file, '--key', 'email'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: h.t.target.url },
      },
    );
    expect(r.stderr).not.toContain('--as');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 rows, 1 created, 0 updated, 0 unchanged, 0 rejected/);
    const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: 'system.csv' } });
    expect(job.createdById).toBeNull();
    const audit = await h.t.db.auditLog.findFirstOrThrow({ where: { operation: 'IMPORT', entityId: String(job.id) } });
    expect(audit).toMatchObject({
      actorType: 'SYSTEM',
      systemReason: 'cli:import',
      actorUserId: null,
      outcome: 'ALLOWED',
    });
  }, 120_000);
});
