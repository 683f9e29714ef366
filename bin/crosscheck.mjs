#!/usr/bin/env node
// Entry point of the `crosscheck` command. The engine is TypeScript; tsx compiles it on the fly
// (cached), so the CLI always runs the same sources as the extension and the tests.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
const code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
process.exitCode = code;
