/**
 * The README cannot rot: every TypeScript sample in it (and in the docs it points to) is
 * type-checked against the package's sources (imported by the package's name, as a user writes
 * it), and every `npm run` or `npm <script>` it shows names a script that exists. A sample may
 * use names it does not define (`client`, `id`): an HTML comment right above it declares them,
 * as `<!-- sample: declare const id: string; -->`, visible in the source, not on the page.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseServeArguments } from '../examples/browser/parse-serve-arguments.js';
import { parseCliArguments } from '../mocks/server/parse-cli-arguments.js';
import { mswVariants } from './package/matrix.js';
import { request, startTestServer } from './server/harness.js';
import { SPAWN_TIMEOUT_MS } from './timeouts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = await readFile(join(root, 'README.md'), 'utf8');
/** The Markdown files whose TypeScript samples are checked: the README and the docs it ships. */
const documents = ['README.md', 'docs/task-definitions.md'];

interface Sample {
  document: string;
  line: number;
  context: string;
  code: string;
}

/** The ```ts blocks, each with the `<!-- sample: ... -->` comment just above it, if any. */
function samples(document: string, markdown: string): Sample[] {
  const found: Sample[] = [];
  const pattern = /(?:<!-- sample:([\s\S]*?)-->\s*\n)?```ts\n([\s\S]*?)```/g;
  for (const match of markdown.matchAll(pattern)) {
    const line = markdown.slice(0, match.index).split('\n').length;
    found.push({ document, line, context: (match[1] ?? '').trim(), code: match[2] as string });
  }
  return found;
}

describe('README', async () => {
  const all = (
    await Promise.all(
      documents.map(async (document) => samples(document, await readFile(join(root, document), 'utf8'))),
    )
  ).flat();

  it('has TypeScript samples to check', () => {
    expect(all.filter((sample) => sample.document === 'README.md').length).toBeGreaterThanOrEqual(7);
    expect(all.filter((sample) => sample.document !== 'README.md').length).toBeGreaterThanOrEqual(1);
  });

  it('every TypeScript sample type-checks against the package', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    // Inside the repository, so that `msw/node` and tsconfig's paths resolve as for the examples;
    // a directory of this run's own, so that two runs at once do not trip over each other.
    const directory = join(root, 'node_modules', '.cache', `readme-samples-${process.pid}`);
    await rm(directory, { recursive: true, force: true });
    await mkdir(directory, { recursive: true });
    onTestFinished(() => rm(directory, { recursive: true, force: true }));
    const fileOf = (sample: Sample) =>
      join(directory, `${sample.document.replace(/\W/g, '-')}-line-${sample.line}.ts`);
    const files = await Promise.all(
      all.map(async (sample) => {
        const file = fileOf(sample);
        // A module of its own (top-level await allowed), the declarations first.
        await writeFile(file, `${sample.context}\n${sample.code}\nexport {};\n`);
        return file;
      }),
    );
    const config = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
        },
      },
    );
    if (!config) throw new Error('tsconfig.json could not be read');
    const program = ts.createProgram(files, { ...config.options, noUnusedLocals: false });
    // The samples' own diagnostics, asked for one file at a time: the same ones getPreEmitDiagnostics
    // gives for them, without type-checking every other file of the program (a third of the time).
    const problems = files
      .flatMap((file) => {
        const source = program.getSourceFile(file);
        if (!source) throw new Error(`${file} is not in the program`);
        return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      })
      .map((diagnostic) => {
        const file = diagnostic.file as ts.SourceFile;
        const { line } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        const sample = all.find((candidate) => fileOf(candidate) === file.fileName) as Sample;
        // The document's line: the fence's line, plus the code's line (the context's lines come first).
        const at = sample.line + line - sample.context.split('\n').length + 1;
        return `${sample.document}:${at}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
    expect(problems).toEqual([]);
  });

  it('every npm script it shows exists', async () => {
    const { scripts } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const shown = new Set<string>();
    for (const match of readme.matchAll(/\bnpm (?:run ([\w:-]+)|(start|test))\b/g))
      shown.add(match[1] ?? match[2] ?? '');
    expect([...shown].filter((name) => !(name in scripts))).toEqual([]);
    // The two set-up commands of a fresh clone.
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('every npm install it shows names this package, or a peer dependency within its declared range', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      name: string;
      peerDependencies: Record<string, string>;
    };
    const installs = shellCommands(readme).filter((words) => words[0] === 'npm' && words[1] === 'install');
    expect(installs.length).toBeGreaterThanOrEqual(1);
    const inline = [...readme.matchAll(/`npm install (-D )?([^`]+)`/g)].map((match) => match[2] as string);
    for (const spec of [...installs.flatMap((words) => words.slice(2)), ...inline]) {
      if (spec.startsWith('-')) continue;
      const at = spec.lastIndexOf('@');
      const [name, range] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, undefined];
      if (name === manifest.name) continue;
      expect(Object.keys(manifest.peerDependencies), spec).toContain(name);
      // The peer range's majors, from `^2.3.0 || ^3.0.0`.
      const majors = (manifest.peerDependencies[name] ?? '').split('||').map((part) => majorOf(part));
      if (range === undefined) {
        // A bare name installs the latest major: the package test's newest msw.
        expect(majors, spec).toContain(majorOf(mswVariants.at(-1)?.range ?? ''));
      } else {
        // The README's range must be within the manifest's: one of its majors, from its floor.
        const floor = (manifest.peerDependencies[name] ?? '')
          .split('||')
          .find((part) => majorOf(part) === majorOf(range));
        expect(floor, spec).toBeDefined();
        expect(compareVersions(range, floor ?? ''), spec).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('every argument it passes to a script after `--` is one the script takes', () => {
    // `npm start -- ARGS` runs the CLI's source, `npm run demo -- ARGS` the demo's server.
    const parsers: Record<string, (args: string[]) => { kind: string }> = {
      start: parseCliArguments,
      demo: parseServeArguments,
    };
    const shown = [
      ...shellCommands(readme).map((words) => words.join(' ')),
      ...[...readme.matchAll(/`(npm [^`]+)`/g)].map((match) => match[1] as string),
    ];
    const passed = shown.flatMap((command) => {
      const match = /^npm (?:run )?(start|demo) -- (.+)$/.exec(command);
      // A placeholder (`--port N`) stands for any value: 0 is one.
      return match
        ? [
            {
              script: match[1] as string,
              args: (match[2] as string).split(' ').map((word) => (word === 'N' ? '0' : word)),
            },
          ]
        : [];
    });
    expect(passed.map((entry) => entry.script)).toEqual(expect.arrayContaining(['start', 'demo']));
    for (const { script, args } of passed) {
      const parse = parsers[script] as (args: string[]) => { kind: string };
      expect(() => parse(args), `npm ${script} -- ${args.join(' ')}`).not.toThrow();
    }
  });

  it('every vwed-mock-server command line it shows is one the CLI takes', () => {
    const commands = shellCommands(readme).flatMap((words) =>
      words[0] === 'npx' && words.includes('vwed-mock-server')
        ? [words.slice(words.indexOf('vwed-mock-server') + 1)]
        : [],
    );
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const args of commands) expect(parseCliArguments(args).kind).toBe('start');
  });

  // Regression: `npx vwed-mock-server` in a project without the package asks the registry for
  // whatever package is called vwed-mock-server, whoever published it.
  it('every npx command it shows names the package that holds the command', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      name: string;
      bin: Record<string, string>;
      peerDependencies: Record<string, string>;
    };
    const commands = shellCommands(readme).filter((words) => words[0] === 'npx');
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const words of commands) {
      const shown = words.join(' ');
      if (words[1] === '-p') {
        // `-p NAME`: this package, and a command it installs.
        expect(words[2], shown).toBe(manifest.name);
        expect(Object.keys(manifest.bin), shown).toContain(words[3]);
      } else {
        // A bare name is a package of that name: only a peer the user installs (msw) is one.
        expect(Object.keys(manifest.peerDependencies), shown).toContain(words[1]);
      }
    }
    // In prose, the bare `npx vwed-mock-server` only where it says the package is installed.
    const paragraphs = readme.split(/\n\s*\n/);
    for (const paragraph of paragraphs.filter((text) => /`npx (?!-p )[^`]*vwed-mock-server/.test(text)))
      expect(paragraph).toMatch(/package is\s+installed/);
    for (const match of readme.matchAll(/`npx ([^`]+)`/g)) {
      const [first] = (match[1] as string).split(' ');
      expect(['-p', 'vwed-mock-server', ...Object.keys(manifest.peerDependencies)], match[0]).toContain(
        first,
      );
    }
  });

  it('every curl command it shows works against the reference server', async () => {
    const server = await startTestServer({ seed: 'demo' });
    // A command that sends the token from the environment goes to a server that needs it.
    const controlToken = 'readme-test-token-0123456789abcdef';
    const guarded = await startTestServer({ seed: 'demo', controlToken });
    const running = server.store.snapshot().tasks.find((task) => task.status === 1001);
    const commands = shellCommands(readme).filter((words) => words[0] === 'curl');
    expect(commands.length).toBeGreaterThanOrEqual(2);
    expect(commands.some((words) => words.some((word) => word.includes('$VWED_MOCK_CONTROL_TOKEN')))).toBe(
      true,
    );
    for (const shown of commands) {
      const needsToken = shown.some((word) => word.includes('$VWED_MOCK_CONTROL_TOKEN'));
      const words = shown.map((word) => word.replaceAll('$VWED_MOCK_CONTROL_TOKEN', controlToken));
      let method = 'GET';
      let body: string | undefined;
      const headers: Record<string, string> = {};
      let target = '';
      for (let index = 1; index < words.length; index++) {
        const word = words[index] as string;
        if (word === '-X') method = words[++index] as string;
        else if (word === '-H') {
          const [name, ...value] = (words[++index] as string).split(':');
          headers[(name as string).trim()] = value.join(':').trim();
        } else if (word === '-d') {
          body = words[++index];
          if (method === 'GET') method = 'POST';
        } else target = word;
      }
      const path = target.replace('http://127.0.0.1:4010', '').replace('<id>', running?.id ?? 'none');
      const answer = await request(needsToken ? guarded : server, method, path, { body, headers });
      expect(answer.status, `${method} ${path}`).toBeLessThan(300);
    }
  });
});

/** The commands of the README's ```sh blocks, each split into words (quotes and `\` continuations read). */
/** The numbers of a version or a caret range: `^2.3.0` gives [2, 3, 0], `2.15` gives [2, 15]. */
function versionParts(range: string): number[] {
  return range
    .trim()
    .replace(/^[\^~]/, '')
    .split('.')
    .map(Number);
}

function majorOf(range: string): number | undefined {
  return versionParts(range)[0];
}

/** Compares `2.15` with `^2.3.0` as versions (missing parts are 0): <0, 0 or >0. */
function compareVersions(a: string, b: string): number {
  const [left, right] = [versionParts(a), versionParts(b)];
  for (let index = 0; index < 3; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function shellCommands(markdown: string): string[][] {
  const commands: string[][] = [];
  for (const match of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const text = (match[1] as string).replace(/\\\n/g, ' ');
    for (const line of text.split('\n')) {
      const words = [...line.replace(/\s+#.*$/, '').matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map(
        (word) => word[1] ?? word[2] ?? (word[3] as string),
      );
      if (words.length > 0) commands.push(words);
    }
  }
  return commands;
}
