import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as EngineModule from '@prisma/schema-engine-wasm';

/**
 * Loads Prisma's WebAssembly schema engine. The package is built for bundlers (it imports the .wasm file as an
 * ES module, which Node refuses), so we instantiate the module ourselves against its JavaScript glue.
 */
let loaded: Promise<typeof EngineModule> | undefined;

export function loadSchemaEngine(): Promise<typeof EngineModule> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as typeof EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
    // Cast: the wasm-bindgen glue module is the import object the binary expects; its generated typings do not say so.
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return loaded;
}
