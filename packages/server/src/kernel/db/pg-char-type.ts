import pg from 'pg';

/**
 * PostgreSQL's internal one-byte `"char"` type (oid 18) appears in the catalog queries of Prisma's schema engine,
 * and @prisma/adapter-pg has no mapping for it ("Column type 'char' could not be deserialized"). Its values arrive
 * as text anyway, so we describe such columns as `text` (oid 25). Application tables never use `"char"`.
 */
const CHAR_OID = 18;
const TEXT_OID = 25;
const proto = (pg as unknown as { Result: { prototype: { addFields(fields: { dataTypeID: number }[]): void } } }).Result
  .prototype;
const original = proto.addFields;
if (!(original as { patched?: boolean }).patched) {
  const patched = function (this: unknown, fields: { dataTypeID: number }[]) {
    for (const f of fields) if (f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
    return original.call(this, fields);
  };
  (patched as { patched?: boolean }).patched = true;
  proto.addFields = patched;
}
