// Compiles the TypeScript sources to dist/ with swc (type checking is `npm run typecheck`), then builds the
// web app (apps/web) with Vite into dist/web, which the API serves at /.
// The @kennis/<lib> aliases from tsconfig.json are rewritten to relative paths, so dist/ runs on plain node.
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const sourceFolders = ['apps', 'libs', 'prisma-free-schema', 'scripts', 'bench'];
const outDir = path.join(root, 'dist');
const isTest = (file) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(file);
// The browser app is Vite's to build, not swc's.
const webApp = path.join(root, 'apps/web');

const tsconfig = JSON.parse(await readFile(path.join(root, 'tsconfig.json'), 'utf8'));
const paths = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [alias, [target]]),
);
const swcrc = JSON.parse(await readFile(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;

async function* typescriptFiles(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (full !== webApp) yield* typescriptFiles(full);
    }
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !isTest(entry.name)) yield full;
  }
}

await rm(outDir, { recursive: true, force: true });
let count = 0;
for (const folder of sourceFolders) {
  for await (const file of typescriptFiles(path.join(root, folder))) {
    const output = await transformFile(file, {
      ...swcrc,
      swcrc: false,
      jsc: { ...swcrc.jsc, baseUrl: root, paths },
      sourceMaps: true,
    });
    const target = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${output.code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    await writeFile(`${target}.map`, output.map ?? '');
    count += 1;
  }
}
console.log(`built ${count} files into dist/`);

const { build } = await import('vite');
const started = performance.now();
await build({ configFile: path.join(webApp, 'vite.config.ts'), logLevel: 'warn' });
console.log(`built the web app into dist/web in ${((performance.now() - started) / 1000).toFixed(1)} s`);
