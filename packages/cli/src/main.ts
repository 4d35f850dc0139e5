#!/usr/bin/env node
import { runCli } from './cli.js';
import { processIo } from './io.js';

// Reading the output with `| head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
