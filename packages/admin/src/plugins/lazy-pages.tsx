import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from 'react-admin';

/**
 * Pages loaded when first shown, each plugin's in its own chunk (Vite splits at dynamic imports): the admin's
 * first load carries react-admin, the layout, the dashboard and the contact pages, not every screen of every plugin.
 */
export function lazyNamed<P extends object = object>(
  load: () => Promise<Record<string, unknown>>,
  name: string,
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
  const Loaded = (props: P) => (
    <Suspense fallback={<Loading />}>
      <Lazy {...props} />
    </Suspense>
  );
  Loaded.displayName = `Lazy(${name})`;
  return Loaded;
}

/** A resource's pages (`list`, `show`, `edit`, `create` of its `index.ts`), each loaded when first shown. */
export function lazyPages<K extends string>(
  load: () => Promise<{ default: Record<K, ComponentType> }>,
  keys: readonly K[],
): Record<K, ComponentType> {
  const pages = async () => (await load()).default as unknown as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, lazyNamed(pages, k)])) as Record<K, ComponentType>;
}
