import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../modules/registry.js';

describe('the module registry', () => {
  it('lists every folder of server/src/modules once, so that none is left out of the app', () => {
    const dir = path.join(import.meta.dirname, '../modules');
    const folders = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(MODULES.map((module) => module.name).sort()).toEqual(folders);
  });
});
