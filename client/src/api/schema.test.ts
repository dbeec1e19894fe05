// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe,expect,it } from 'vitest';
// @ts-expect-error plain ESM helper shared with scripts/generate-api.mjs
import { renderSchema } from '../../scripts/render-schema.mjs';

describe('generated API client', () => {
  it('schema.d.ts is what openapi-typescript makes of openapi.json (run `npm run api:generate` when this fails)', async () => {
    const document = JSON.parse(await readFile(new URL('./openapi.json', import.meta.url), 'utf8'));
    const committed = await readFile(new URL('./schema.d.ts', import.meta.url), 'utf8');
    expect(await renderSchema(document)).toBe(committed);
  }, 30_000);
});
