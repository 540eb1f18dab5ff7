/**
 * Personal data is declared once (issue 14): every personal column is marked `/// @personal` and every confidential
 * one `/// @confidential` in prisma/schema.prisma. This test reads the marks from the file and fails
 *
 * - (a) when the field rules (`consentBoundFields`, `confidentialFields` in access/field-rules.ts) disagree with the
 *   marks of Contact;
 * - (b) when a table holding a marked column is not covered by the subject export AND the erasure (its rows
 *   deleted, or its marked columns cleared; for Contact, every marked column cleared);
 *
 * and checks end to end, on both databases, the table the relation walk missed: `ContactMatchKey` (no foreign key
 * to Contact) is in the export and emptied by the erasure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confidentialFields, consentBoundFields } from '../../kernel/field-rules.js';
import {
  erasedColumns,
  subjectErasure,
  subjectExportNested,
  subjectExportSections,
  subjectExportUnlinked,
} from '../subject-rights/subject-rights.service.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

type Mark = 'personal' | 'confidential';

/** `Model` → column → mark, from the `///` lines right above each field of a model. */
export function marksOf(schema: string): Map<string, Map<string, Mark>> {
  const out = new Map<string, Map<string, Mark>>();
  let model: string | null = null;
  let pending: Mark | null = null;
  for (const line of schema.split('\n')) {
    const open = /^\s*model\s+(\w+)\s*\{/.exec(line);
    if (open) [model, pending] = [open[1]!, null];
    else if (!model) continue;
    else if (/^\s*\}/.test(line)) model = null;
    else if (/^\s*\/\/\//.test(line)) {
      const m = /@(personal|confidential)\b/.exec(line);
      if (m) pending = m[1] as Mark;
    } else if (/^\s*(\/\/.*)?$/.test(line))
      continue; // blank or plain comment: the doc block goes on
    else {
      const field = /^\s*(\w+)\s/.exec(line)?.[1];
      if (pending && field) {
        if (!out.has(model)) out.set(model, new Map());
        out.get(model)!.set(field, pending);
      }
      pending = null;
    }
  }
  return out;
}

const fieldsMarked = (marks: Map<string, Map<string, Mark>>, model: string, mark: Mark) =>
  [...(marks.get(model) ?? new Map<string, Mark>())]
    .filter(([, m]) => m === mark)
    .map(([f]) => f)
    .sort();

const exportedModels = () =>
  new Set(
    [...Object.keys(subjectExportSections), ...Object.keys(subjectExportUnlinked)]
      .map((k) => k.split('.')[0]!)
      .concat(
        Object.entries(subjectExportNested)
          .filter(([, parent]) => parent in subjectExportSections)
          .map(([m]) => m),
      ),
  );

/** Tables (and columns) with a mark that the export or the erasure does not cover. */
function uncovered(marks: Map<string, Map<string, Mark>>): string[] {
  const exported = exportedModels();
  const gaps: string[] = [];
  for (const [model, columns] of marks) {
    if (model === 'Contact') {
      for (const c of columns.keys()) if (!erasedColumns.includes(c)) gaps.push(`erasure: Contact.${c}`);
      continue;
    }
    if (!exported.has(model)) gaps.push(`export: ${model}`);
    const how = subjectErasure[model];
    if (!how) gaps.push(`erasure: ${model}`);
    else if (how !== 'delete')
      for (const c of columns.keys()) if (!how.clear.includes(c)) gaps.push(`erasure: ${model}.${c}`);
  }
  return gaps;
}

const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../prisma/schema.prisma');

describe('the marks of the data model', () => {
  const marks = marksOf(readFileSync(schemaFile, 'utf8'));

  it('(a) mark on Contact exactly the consent-bound fields as @personal and the confidential fields as @confidential', () => {
    expect(fieldsMarked(marks, 'Contact', 'personal'), 'consentBoundFields in access/field-rules.ts').toEqual(
      [...consentBoundFields].sort(),
    );
    const confidential = Object.keys(confidentialFields)
      .filter((f) => f.startsWith('Contact.'))
      .map((f) => f.slice('Contact.'.length))
      .sort();
    expect(fieldsMarked(marks, 'Contact', 'confidential'), 'confidentialFields in access/field-rules.ts').toEqual(
      confidential,
    );
  });

  it('(b) every table with a marked column is covered by the subject export and the erasure', () => {
    expect([...marks.keys()]).toEqual(expect.arrayContaining(['Contact', 'ContactMatchKey', 'SurveyAnswer']));
    expect(uncovered(marks)).toEqual([]);
  });

  it('the checks fail on a schema that disagrees: an unmarked personal field, a marked table nobody covers', () => {
    const schema = `
model Contact {
  id Int @id
  /// @personal: identity.
  lastName String?
  /// An ordinary doc line.
  /// @confidential: the roles of field-rules.ts.
  incomeBand IncomeBand?
  /// Not marked.
  city String?
}

model Diary {
  id Int @id
  // a plain comment
  /// @personal: free text.
  entry String
}`;
    const m = marksOf(schema);
    expect(fieldsMarked(m, 'Contact', 'personal')).toEqual(['lastName']);
    expect(fieldsMarked(m, 'Contact', 'confidential')).toEqual(['incomeBand']);
    expect(fieldsMarked(m, 'Contact', 'personal')).not.toEqual([...consentBoundFields].sort());
    expect(uncovered(m)).toEqual(['export: Diary', 'erasure: Diary']);
  });
});

describeEachDatabase('privacy: match keys in the subject export and erasure', (provider) => {
  let h: ApiHarness;
  let subject: number;
  let other: number;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const base = { kind: 'CLIENT' as const, brandId: h.brands.a, zoneId: h.zones.north };
    subject = (
      await h.t.db.contact.create({
        data: {
          ...base,
          lastName: 'Keyed',
          email: 'keyed@example.fr',
          phone: '+33102030405',
          incomeBand: 'OVER_80K',
          maritalStatus: 'MARRIED',
          discountRate: '5.00',
          grossMarginClass: 'A',
        },
      })
    ).id;
    other = (await h.t.db.contact.create({ data: { ...base, lastName: 'Other' } })).id;
    const computedAt = new Date('2026-01-01T00:00:00Z');
    await h.t.db.contactMatchKey.createMany({
      data: [
        { key: 'email:keyed@example.fr', contactId: subject, computedAt },
        { key: 'phone:+33102030405', contactId: subject, computedAt },
        { key: 'name:KT', contactId: other, computedAt },
      ],
    });
  });
  afterAll(() => h?.drop());

  it('exports the match keys of the contact (and only its own)', async () => {
    const r = await h.as('ADMIN')(`mutation($id: ID!) { exportContactData(id: $id) { document } }`, {
      id: gid('Contact', subject),
    });
    expect(r.errors).toBeUndefined();
    const data = JSON.parse(r.data.exportContactData.document);
    expect(data.related['ContactMatchKey.contactId'].map((k: { key: string }) => k.key)).toEqual([
      'email:keyed@example.fr',
      'phone:+33102030405',
    ]);
  });

  it('the erasure deletes its match keys and clears every marked column of the contact', async () => {
    const version = (await h.t.db.contact.findUniqueOrThrow({ where: { id: subject } })).version;
    const r = await h.as('ADMIN')(`mutation($id: ID!, $v: Int!) { eraseContact(id: $id, version: $v) { id } }`, {
      id: gid('Contact', subject),
      v: version,
    });
    expect(r.errors).toBeUndefined();
    expect(await h.t.db.contactMatchKey.count({ where: { contactId: subject } })).toBe(0);
    expect(await h.t.db.contactMatchKey.count({ where: { contactId: other } })).toBe(1);
    const row = (await h.t.db.contact.findUniqueOrThrow({ where: { id: subject } })) as unknown as Record<
      string,
      unknown
    >;
    for (const c of erasedColumns) expect(row[c], c).toBeNull();
  });
});
