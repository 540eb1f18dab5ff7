import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../generated/sqlite/enums.js';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { downloadDocument, isFideleError, uploadDocument } from '../../../../sdk/src/index.js';
import { issueToken } from '../../identity/token.js';
import { storagePath } from '../../kernel/document-storage.js';
import { createApiHarness, gid, roles, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const MAX = 64 * 1024;
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x41), Buffer.from('\n%%EOF\n')]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(20000, 0)]);
/** A ZIP whose first entry is not an Office part: not a DOCX whatever its name. */
const zip = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.alloc(22, 0),
  Buffer.from([7, 0, 0, 0]),
  Buffer.from('evil.sh'),
  Buffer.alloc(50, 0),
]);

describeEachDatabase('documents with restricted access', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  let dir: string;
  const tokens = {} as Record<Role, string>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fidele-docs-'));
    process.env.FIDELE_DOCUMENTS_DIR = dir;
    process.env.FIDELE_DOCUMENTS_MAX_BYTES = String(MAX);
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    for (const r of roles) tokens[r] = (await issueToken(h.users[r])).token;
    const base = { kind: 'CLIENT' as const, zoneId: h.zones.north };
    ids.contact = (await h.t.db.contact.create({ data: { ...base, brandId: h.brands.a, lastName: 'Durand' } })).id;
    ids.erased = (await h.t.db.contact.create({ data: { ...base, brandId: h.brands.a, lastName: 'Erased' } })).id;
    ids.otherBrand = (await h.t.db.contact.create({ data: { ...base, brandId: h.brands.b, lastName: 'Other' } })).id;
    ids.action = (
      await h.t.db.marketingAction.create({
        data: {
          code: 'A-1',
          name: 'Spring mailing',
          objective: 'LOYALTY',
          medium: 'MAILING',
          brandId: h.brands.a,
          startDate: new Date('2026-03-01'),
          endDate: new Date('2026-04-01'),
          requiredPurposeId: h.purposes.marketing!,
        },
      })
    ).id;
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const auth = (role: Role) => ({ authorization: `Bearer ${tokens[role]}` });
  const upload = (role: Role, target: string, name: string, body: Buffer, type = 'application/octet-stream') =>
    fetch(`${server.url}/documents?${target}`, {
      method: 'POST',
      headers: { ...auth(role), 'x-file-name': encodeURIComponent(name), 'content-type': type },
      body: new Uint8Array(body),
    });
  const onContact = (id: number) => `contact=${encodeURIComponent(gid('Contact', id))}`;
  const download = (role: Role, docId: string) =>
    fetch(`${server.url}/documents/${encodeURIComponent(docId)}`, { headers: auth(role) });
  const paths = `query($id: ID!, $contact: ID!, $action: ID!) {
    node(id: $id) { id }
    documents { totalCount edges { node { id } } }
    contact(id: $contact) { documents { totalCount } }
    action: node(id: $action) { ... on MarketingAction { documents { totalCount } } } }`;
  const seenBy = async (role: Role, docId: string) => {
    const r = await h.as(role)(paths, {
      id: docId,
      contact: gid('Contact', ids.contact!),
      action: gid('MarketingAction', ids.action!),
    });
    expect(r.errors).toBeUndefined();
    const d = r.data;
    return {
      node: d.node !== null,
      list: d.documents.edges.some((e: { node: { id: string } }) => e.node.id === docId),
      contact: d.contact.documents.totalCount,
      action: d.action.documents.totalCount,
      download: (await download(role, docId)).status,
    };
  };
  let docId: string;

  it('stores an upload under a random key with its SHA-256 and the type its bytes show', async () => {
    const res = await upload('SALES', onContact(ids.contact!), '../../etc/Contrat signé.pdf', pdf, 'text/plain');
    expect(res.status).toBe(201);
    const body = await res.json();
    docId = body.id;
    expect(body).toMatchObject({
      fileName: 'Contrat signé.pdf',
      mimeType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    const row = await h.t.db.document.findFirstOrThrow();
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(storagePath(row.storageKey).startsWith(dir)).toBe(true);
    expect(existsSync(storagePath(row.storageKey))).toBe(true);
    const got = await download('SALES', docId);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toContain("filename*=UTF-8''Contrat%20sign%C3%A9.pdf");
    expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('refuses a file whose bytes are not an allowed type, whatever its name and declared type (415)', async () => {
    for (const [name, bytes] of [
      ['report.pdf', elf],
      ['letter.docx', zip],
      ['photo.png', Buffer.from([0xff, 0xfe, 0x00, 0x01])],
    ] as const) {
      const res = await upload('SALES', onContact(ids.contact!), name, bytes, 'application/pdf');
      expect(res.status).toBe(415);
      expect((await res.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const ok = await upload('SALES', onContact(ids.contact!), 'scan.png', png, 'image/png');
    expect((await ok.json()).mimeType).toBe('image/png');
    const csv = await upload('SALES', onContact(ids.contact!), 'list.csv', Buffer.from('name;city\nDurand;Lyon\n'));
    expect((await csv.json()).mimeType).toBe('text/csv');
    expect(await h.t.db.document.count()).toBe(3);
    expect(readdirSync(path.join(dir, 'tmp'))).toEqual([]); // nothing left behind
  });

  it('cuts an oversized upload (413), declared or streamed without a length', async () => {
    const big = Buffer.alloc(MAX + 1, 0x61);
    const declared = await upload('SALES', onContact(ids.contact!), 'big.txt', big, 'text/plain');
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    // Chunked: no Content-Length; the server counts as it reads and answers as soon as the limit is passed.
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${server.url}/documents?${onContact(ids.contact!)}`);
      const req = request(
        url,
        { method: 'POST', headers: { ...auth('SALES'), 'x-file-name': 'big.txt', 'transfer-encoding': 'chunked' } },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write(Buffer.alloc(16 * 1024, 0x62));
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await h.t.db.document.count()).toBe(3);
    expect(readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  });

  it("refuses an upload to a contact outside the caller's rights, or from a role that does not write", async () => {
    expect((await upload('SALES', onContact(ids.otherBrand!), 'a.pdf', pdf)).status).toBe(404);
    expect((await upload('ANALYST', onContact(ids.contact!), 'a.pdf', pdf)).status).toBe(403);
    expect((await upload('SALES', '', 'a.pdf', pdf)).status).toBe(400);
    const anonymous = await fetch(`${server.url}/documents?${onContact(ids.contact!)}`, {
      method: 'POST',
      headers: { 'x-file-name': 'a.pdf' },
      body: new Uint8Array(pdf),
    });
    expect(anonymous.status).toBe(401);
  });

  it('hides a restricted document from others by every path, like a missing one, and audits downloads', async () => {
    expect(await seenBy('SALES', docId)).toEqual({ node: true, list: true, contact: 3, action: 0, download: 200 });
    expect(await seenBy('ADMIN', docId)).toMatchObject({ node: true, list: true, download: 200 });
    const hidden = { node: false, list: false, contact: 0, action: 0, download: 404 };
    expect(await seenBy('MARKETING', docId)).toEqual(hidden);
    expect(await seenBy('SUPPORT', docId)).toEqual(hidden);
    const missing = await download('MARKETING', gid('Document', 999_999));
    const refused = await download('MARKETING', docId);
    expect(await refused.json()).toEqual(await missing.json());
    const audit = await h.t.db.auditLog.findMany({
      where: { entity: 'Document', operationName: 'downloadDocument' },
      orderBy: { id: 'asc' },
    });
    expect(audit.filter((a) => a.outcome === 'ALLOWED').map((a) => a.actorUserId)).toEqual([
      h.users.SALES,
      h.users.SALES,
      h.users.ADMIN,
    ]);
    const first = String((await h.t.db.document.findFirstOrThrow({ orderBy: { id: 'asc' } })).id);
    // Two refusals for marketing, one for support, all recorded against the document they asked for.
    expect(
      audit
        .filter((a) => a.outcome === 'DENIED' && a.entityId === first)
        .map((a) => a.actorUserId)
        .sort(),
    ).toEqual([h.users.MARKETING, h.users.MARKETING, h.users.SUPPORT].sort());
  });

  it('shares with a role and a user, within what they can see; only the uploader or an admin manages access', async () => {
    const grant = `mutation($id: ID!, $users: [ID!], $roles: [Role!]) { grantDocumentAccess(id: $id, users: $users, roles: $roles) { sharedWithRoles sharedWithUsers { id } } }`;
    const revoke = `mutation($id: ID!, $users: [ID!], $roles: [Role!]) { revokeDocumentAccess(id: $id, users: $users, roles: $roles) { sharedWithRoles } }`;
    const g = await h.as('SALES')(grant, {
      id: docId,
      roles: ['MARKETING'],
      users: [gid('StaffUser', h.users.SUPPORT)],
    });
    expect(g.errors).toBeUndefined();
    expect(g.data.grantDocumentAccess).toEqual({
      sharedWithRoles: ['MARKETING'],
      sharedWithUsers: [{ id: gid('StaffUser', h.users.SUPPORT) }],
    });
    expect(await seenBy('MARKETING', docId)).toMatchObject({ node: true, list: true, contact: 1, download: 200 });
    expect(await seenBy('SUPPORT', docId)).toMatchObject({ node: true, download: 200 });
    const notMine = await h.as('MARKETING')(grant, { id: docId, roles: ['ANALYST'] });
    expect(notMine.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    await h.as('SALES')(revoke, { id: docId, roles: ['MARKETING'] });
    expect(await seenBy('MARKETING', docId)).toMatchObject({ node: false, download: 404 });

    // A grant does not reach past the row rules: marketing (brand A) never sees a document on a brand-B contact.
    const other = await (await upload('ADMIN', onContact(ids.otherBrand!), 'b.pdf', pdf)).json();
    await h.as('ADMIN')(grant, { id: other.id, roles: ['MARKETING'] });
    expect(
      (await h.as('MARKETING')(`query($id: ID!) { node(id: $id) { id } }`, { id: other.id })).data.node,
    ).toBeNull();
    expect((await download('MARKETING', other.id)).status).toBe(404);
  });

  it('attaches to an action, deletes a document with its file', async () => {
    const res = await upload(
      'MARKETING',
      `action=${encodeURIComponent(gid('MarketingAction', ids.action!))}`,
      'brief.txt',
      Buffer.from('Mailing brief\n'),
    );
    expect(res.status).toBe(201);
    const doc = await res.json();
    const q = `query($id: ID!) { node(id: $id) { ... on MarketingAction { documents { edges { node { id fileName action { code } contact { id } } } } } } }`;
    expect((await h.as('MARKETING')(q, { id: gid('MarketingAction', ids.action!) })).data.node.documents.edges).toEqual(
      [{ node: { id: doc.id, fileName: 'brief.txt', action: { code: 'A-1' }, contact: null } }],
    );
    const key = (await h.t.db.document.findFirstOrThrow({ where: { fileName: 'brief.txt' } })).storageKey;
    const del = `mutation($id: ID!, $version: Int!) { deleteDocument(id: $id, version: $version) }`;
    expect((await h.as('SALES')(del, { id: doc.id, version: 1 })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await h.as('MARKETING')(del, { id: doc.id, version: 1 })).data.deleteDocument).toBe(doc.id);
    expect(existsSync(storagePath(key))).toBe(false);
    expect((await download('MARKETING', doc.id)).status).toBe(404);
  });

  it("uploads and downloads through the SDK helpers, with the server's codes as FideleErrors", async () => {
    const transport = { url: `${server.url}/graphql`, token: tokens.SALES, purpose: 'customer_service' };
    const doc = await uploadDocument(transport, {
      contact: gid('Contact', ids.contact!),
      fileName: 'note.txt',
      body: new TextEncoder().encode('Called back, all good.\n'),
    });
    expect(doc).toMatchObject({ fileName: 'note.txt', mimeType: 'text/plain' });
    const got = await downloadDocument(transport, doc.id);
    expect(got.fileName).toBe('note.txt');
    expect(await got.blob.text()).toBe('Called back, all good.\n');
    const refused = await uploadDocument(transport, {
      contact: gid('Contact', ids.contact!),
      fileName: 'x.pdf',
      body: new Uint8Array(elf),
    }).catch((e: unknown) => e);
    expect(isFideleError(refused) && [refused.code, refused.status]).toEqual(['UNSUPPORTED_MEDIA_TYPE', 415]);
    const hidden = await downloadDocument({ url: transport.url, token: tokens.ANALYST }, doc.id).catch(
      (e: unknown) => e,
    );
    expect(isFideleError(hidden) && [hidden.code, hidden.status]).toEqual(['NOT_FOUND', 404]);
    await h.t.db.document.delete({ where: { id: Number(Buffer.from(doc.id, 'base64').toString().split(':')[1]) } });
  });

  it('erasing a contact deletes its documents and their files', async () => {
    const res = await upload('SALES', onContact(ids.erased!), 'id-card.png', png);
    const key = (await h.t.db.document.findFirstOrThrow({ where: { fileName: 'id-card.png' } })).storageKey;
    expect(res.status).toBe(201);
    const erase = `mutation($id: ID!, $version: Int!) { eraseContact(id: $id, version: $version) { id } }`;
    const r = await h.as('ADMIN')(erase, { id: gid('Contact', ids.erased!), version: 1 });
    expect(r.errors).toBeUndefined();
    expect(await h.t.db.document.count({ where: { contactId: ids.erased } })).toBe(0);
    expect(existsSync(storagePath(key))).toBe(false);
    expect(await h.t.db.document.count({ where: { contactId: ids.contact } })).toBe(3);
  });
});
