// A GraphQL Code Generator plugin: the access rules the schema declares with directives, as data.
//
// `@auth(roles: [...])` and `@purpose(consentBound: true)` are printed in schema.graphql but TypeScript types cannot
// carry directives. This plugin writes them as a constant (`fieldAccess`) so that SDK users, and the admin's field
// hiding, read the same rules the server enforces; the JSDoc of each entry repeats the rule for editors.
// Plain JavaScript so that the code generator loads it without a TypeScript loader.

/** @param {import('graphql').ConstDirectiveNode} d @param {string} name */
const arg = (d, name) => d.arguments?.find((a) => a.name.value === name)?.value;

/** @param {import('graphql').GraphQLSchema} schema */
export const plugin = (schema) => {
  const entries = [];
  for (const type of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (type.name.startsWith('__') || typeof type.getFields !== 'function' || !type.astNode) continue;
    if (type.astNode.kind !== 'ObjectTypeDefinition' && type.astNode.kind !== 'InterfaceTypeDefinition') continue;
    for (const field of Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
      const rule = {};
      for (const d of field.astNode?.directives ?? []) {
        if (d.name.value === 'auth') {
          const roles = arg(d, 'roles');
          rule.roles = roles?.kind === 'ListValue' ? roles.values.map((v) => v.value) : [];
        }
        if (d.name.value === 'purpose') {
          const consentBound = arg(d, 'consentBound');
          if (consentBound?.kind === 'BooleanValue' && consentBound.value) rule.consentBound = true;
        }
      }
      if (!Object.keys(rule).length) continue;
      const doc = [
        ...(rule.roles
          ? [`Readable by ${rule.roles.join(', ')} only (\`@auth\`): other callers get null and FORBIDDEN.`]
          : []),
        ...(rule.consentBound
          ? [
              "Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose.",
            ]
          : []),
      ];
      const value = [
        ...(rule.roles ? [`roles: [${rule.roles.map((r) => `'${r}'`).join(', ')}]`] : []),
        ...(rule.consentBound ? ['consentBound: true'] : []),
      ];
      entries.push(`  /** ${doc.join(' ')} */\n  '${type.name}.${field.name}': { ${value.join(', ')} },`);
    }
  }
  return [
    '/**',
    ' * The access rules schema.graphql declares on fields, by `Type.field`: `roles` from `@auth(roles: [...])` (only',
    ' * these staff roles may read the field), `consentBound` from `@purpose(consentBound: true)` (personal data, read',
    " * only when the contact's consent covers the request's purpose). The server enforces them; this is for display.",
    ' */',
    'export const fieldAccess = {',
    ...entries,
    '} as const satisfies Record<string, { readonly roles?: readonly Role[]; readonly consentBound?: true }>;',
    '',
    '/** A field that carries an access rule, e.g. `Contact.incomeBand`. */',
    'export type RestrictedField = keyof typeof fieldAccess;',
    '',
  ].join('\n');
};
