// `npm run cli -- <command>`: the entry point in Node, the only place the
// command line meets the process (arguments, clock, streams, exit code).
import { systemClock } from '../platform/clock';
import { run } from './run';

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  now: systemClock.now(),
};

process.exitCode = await run(process.argv.slice(2), io);
