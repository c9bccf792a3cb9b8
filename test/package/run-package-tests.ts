/**
 * `npm run test:package`: what ships, tried where users are (issue [1/5]).
 *
 * Builds, packs the tarball with `npm pack`, installs it into throwaway consumer projects
 * outside the repository (one per msw variant, installed with no flags: the peer range must
 * resolve), type-checks a strict TypeScript consumer under moduleResolution node16, nodenext
 * and bundler, and runs the smoke checks of `consumer/` on every Node version over each
 * install: from ESM, from CommonJS (the CJS build itself, with --no-experimental-require-module
 * where the loaded packages allow it), and the `vwed-mock-server` bin. One line per cell.
 *
 * Node 22 and 24 come from the npm registry's `node` package (a binary inside a registry
 * package), through `npx -p node@N`.
 *
 * Usage: tsx test/package/run-package-tests.ts [--node 20,22,24] [--msw 2.0.0,^2,^3] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type MswVariant, mswVariants, nodeVersions } from './matrix.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const consumerFiles = fileURLToPath(new URL('consumer', import.meta.url));
const repoPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

interface RunResult {
  ok: boolean;
  output: string;
}

/** Runs a command to its end; never throws. */
function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: 5 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0, output };
}

function runOrExit(what: string, command: string, args: string[], cwd: string): string {
  const result = run(command, args, { cwd });
  if (!result.ok) {
    console.error(`test:package: ${what} failed:\n${result.output}`);
    process.exit(1);
  }
  return result.output;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** The path of a Node binary of the given major: this one, or the registry's `node` package. */
function nodeBinary(major: string): string {
  if (process.versions.node.split('.')[0] === major) return process.execPath;
  const found = run('npx', ['-y', '-p', `node@${major}`, 'node', '-p', 'process.execPath'], {
    cwd: tmpdir(),
  });
  if (!found.ok) {
    console.error(
      `test:package: cannot get Node ${major} from the registry's node package:\n${found.output}`,
    );
    process.exit(1);
  }
  return found.output.trim().split('\n').at(-1) as string;
}

function versionOf(node: string): string {
  return run(node, ['-p', 'process.versions.node'], { cwd: tmpdir() }).output.trim();
}

/** Whether `version` (x.y.z) is at least `minimum` (x.y). */
function atLeast(version: string, minimum: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [minMajor = 0, minMinor = 0] = minimum.split('.').map(Number);
  return major > minMajor || (major === minMajor && minor >= minMinor);
}

const moduleResolutions = {
  node16: { module: 'node16', moduleResolution: 'node16', files: ['types.mts', 'types.cts'] },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext', files: ['types.mts', 'types.cts'] },
  bundler: { module: 'preserve', moduleResolution: 'bundler', files: ['types.ts'] },
} as const;

/** tsc's error lines about files of this package or the consumer, not of other packages. */
function ownErrors(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /error TS\d+/.test(line))
    .filter(
      (line) => !line.startsWith('node_modules/') || line.startsWith('node_modules/@vwed/task-record/'),
    );
}

/**
 * A consumer project with the tarball, one msw variant and its query-core, installed as a user
 * would.
 */
function createConsumer(
  work: string,
  tarball: string,
  variant: MswVariant,
): { dir: string; msw: string; queryCore: string } {
  const dir = join(work, `consumer-${variant.name}`);
  mkdirSync(dir, { recursive: true });
  cpSync(consumerFiles, dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`,
  );
  const typescript = `typescript@${repoPackage.devDependencies.typescript}`;
  const typesNode = `@types/node@${repoPackage.devDependencies['@types/node']}`;
  // No --legacy-peer-deps, no --force: the peer range itself must accept this msw.
  runOrExit(
    `npm install of the tarball with msw@${variant.range}`,
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      tarball,
      `msw@${variant.range}`,
      `@tanstack/query-core@${variant.queryCore}`,
      typescript,
      typesNode,
    ],
    dir,
  );
  const versionOf = (name: string) =>
    (JSON.parse(readFileSync(join(dir, `node_modules/${name}/package.json`), 'utf8')) as { version: string })
      .version;
  for (const extension of ['mts', 'cts']) cpSync(join(dir, 'types.ts'), join(dir, `types.${extension}`));
  return { dir, msw: versionOf('msw'), queryCore: versionOf('@tanstack/query-core') };
}

/**
 * Once per install: the README's `npx -p @vwed/task-record vwed-mock-server` runs the installed
 * bin (npx asks the registry only for a package the project does not have), and tsc passes over
 * the strict consumer under each module resolution.
 */
function checkInstall(dir: string, variant: MswVariant): string[] {
  const failures: string[] = [];
  const npx = run('npx', ['-p', '@vwed/task-record', 'vwed-mock-server', '--version'], { cwd: dir });
  if (!npx.ok || !/^\d+\.\d+\.\d+/.test(npx.output))
    failures.push(`npx -p @vwed/task-record:\n${npx.output}`);
  for (const [name, settings] of Object.entries(moduleResolutions)) {
    const files = settings.files.filter(
      (file) => variant.commonJsUnderNode16 || name !== 'node16' || !file.endsWith('.cts'),
    );
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        // Our declarations are checked too; errors inside other packages' declarations (msw 2.12+
        // imports ESM-only packages from its CJS types) are theirs and do not fail the cell.
        skipLibCheck: false,
        target: 'es2022',
        lib: ['es2023', 'dom'],
        types: ['node'],
        module: settings.module,
        moduleResolution: settings.moduleResolution,
      },
      files,
    };
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
    const result = run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `tsconfig.${name}.json`], {
      cwd: dir,
    });
    const errors = ownErrors(result.output);
    if (errors.length > 0 || (!result.ok && !/error TS\d+/.test(result.output))) {
      failures.push(`tsc (${name}):\n${errors.length > 0 ? errors.join('\n') : result.output}`);
    }
  }
  return failures;
}

/**
 * Whether this msw loads from CommonJS only through require(esm): msw 3 ships ESM only, and
 * msw 2.x's CommonJS build has itself required ESM-only packages (rettime) since 2.12.
 */
function mswNeedsRequireEsm(dir: string, node: string): boolean {
  return !run(node, ['--no-experimental-require-module', '-e', "require('msw/node')"], { cwd: dir }).ok;
}

/** Every smoke of one cell: ESM, CommonJS and the bin, with `node` first on PATH. */
function runCell(dir: string, node: string): { steps: string[]; failures: string[] } {
  const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
  const steps: [string, string[]][] = [['esm', ['smoke.mjs']]];
  if (mswNeedsRequireEsm(dir, node)) {
    // CommonJS code can load this msw through require(esm) alone, so the checks that load
    // msw run with it; the others still run our CJS build without it.
    steps.push(['cjs', ['--no-experimental-require-module', 'smoke.cjs', 'schemas', 'server', 'control']]);
    steps.push(['cjs+require(esm)', ['smoke.cjs', 'client', 'mocks', 'query']]);
  } else {
    steps.push(['cjs', ['--no-experimental-require-module', 'smoke.cjs']]);
  }
  steps.push(['bin', ['bin.mjs']]);
  const failures: string[] = [];
  for (const [name, args] of steps) {
    const result = run(node, args, { cwd: dir, env });
    if (!result.ok) failures.push(`${name}:\n${result.output}`);
  }
  return { steps: steps.map(([name]) => name), failures };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      node: { type: 'string', default: nodeVersions.join(',') },
      msw: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const majors = values.node.split(',');
  const variants = values.msw
    ? mswVariants.filter((variant) => values.msw?.split(',').includes(variant.range))
    : mswVariants;
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'vwed-package-test-'));
  try {
    console.log('test:package: build and pack');
    runOrExit('npm run build', 'npm', ['run', 'build'], root);
    const packed = JSON.parse(
      runOrExit('npm pack', 'npm', ['pack', '--json', '--pack-destination', work], root),
    ) as {
      filename: string;
    }[];
    const tarball = join(work, packed[0]?.filename ?? '');
    const nodes = majors.map((major) => {
      const binary = nodeBinary(major);
      return { binary, version: versionOf(binary) };
    });

    const lines: string[] = [];
    let failed = 0;
    for (const variant of variants) {
      const installStarted = performance.now();
      const consumer = createConsumer(work, tarball, variant);
      const typeFailures = checkInstall(consumer.dir, variant);
      const node16 = variant.commonJsUnderNode16 ? 'node16' : 'node16 (ESM only: msw 3 has no CJS)';
      const typesLine = `msw ${consumer.msw} (${variant.name}), query-core ${consumer.queryCore}: install, npx, tsc ${node16}, nodenext, bundler`;
      lines.push(`${typeFailures.length === 0 ? 'ok  ' : 'FAIL'} ${typesLine} (${seconds(installStarted)})`);
      for (const failure of typeFailures) console.error(failure);
      failed += typeFailures.length === 0 ? 0 : 1;
      console.log(lines.at(-1));
      for (const node of nodes) {
        const cell = `node ${node.version} × msw ${consumer.msw}`;
        if (!atLeast(node.version, variant.minNode)) {
          lines.push(`--   ${cell}: not run (msw ${variant.range} needs Node >= ${variant.minNode})`);
          console.log(lines.at(-1));
          continue;
        }
        const cellStarted = performance.now();
        const { steps, failures } = runCell(consumer.dir, node.binary);
        lines.push(
          `${failures.length === 0 ? 'ok  ' : 'FAIL'} ${cell}: ${steps.join(', ')} (${seconds(cellStarted)})`,
        );
        for (const failure of failures) console.error(`${cell}: ${failure}`);
        failed += failures.length === 0 ? 0 : 1;
        console.log(lines.at(-1));
      }
    }
    console.log(`\ntest:package: the matrix (${seconds(started)})\n${lines.join('\n')}`);
    if (failed > 0) {
      console.error(`test:package: ${failed} failed`);
      process.exitCode = 1;
    }
  } finally {
    if (values.keep) console.log(`test:package: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main();
