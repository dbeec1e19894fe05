// Regenerates the typed API client from the API's OpenAPI document.
//   npm run api:generate                      builds and starts the API briefly (no database needed)
//   BPOM_API_URL=http://localhost:5080 npm run api:generate   uses a running API
// Writes src/api/openapi.json (the document) and src/api/schema.d.ts (types for openapi-fetch).
// Both are committed; tests fail when they no longer match the API.
import { spawn, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchema } from './render-schema.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const out = path.resolve(here, '..', 'src', 'api');

async function freePort() {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function fetchDocument(url, attempts = 1) {
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetch(`${url}/swagger/v1/swagger.json`);
      if (res.ok) return await res.json();
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`No OpenAPI document at ${url}/swagger/v1/swagger.json`);
}

async function fromBuiltApi() {
  const project = path.join(root, 'src', 'Bpom.Platform.Api', 'Bpom.Platform.Api.csproj');
  const build = spawnSync('dotnet', ['build', project, '-c', 'Release', '--nologo', '-v', 'quiet', '-o', path.join(root, '.data', 'openapi-host')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('dotnet build failed');
  const port = await freePort();
  const api = spawn('dotnet', [path.join(root, '.data', 'openapi-host', 'Bpom.Platform.Api.dll'), '--urls', `http://127.0.0.1:${port}`], {
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Production',
      ConnectionStrings__Bpom: 'Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none',
      Auth__SigningKey: 'openapi-generation-only-signing-key-0123456789',
      Kalender__PemeriksaanHarian: 'false',
      Hangfire__Enabled: 'false',
    },
    stdio: 'ignore',
  });
  try {
    return await fetchDocument(`http://127.0.0.1:${port}`, 120);
  } finally {
    api.kill();
  }
}

const url = process.env.BPOM_API_URL;
const document = url ? await fetchDocument(url, 20) : await fromBuiltApi();
await writeFile(path.join(out, 'openapi.json'), JSON.stringify(document, null, 2) + '\n');
await writeFile(path.join(out, 'schema.d.ts'), await renderSchema(document));
console.log(`Wrote ${path.relative(process.cwd(), out)}/openapi.json and schema.d.ts`);
