import { lazy, type ComponentType } from 'react';

/** A page loaded on first visit from its own chunk; `name` is the module's named export. */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
