import type { Reading } from '@netwerkkracht/core';
import { terminalSafe, wrap } from './terminal-text.js';

const WIDTH = 96;

/** A reading as terminal text: each section a heading, each line a wrapped bullet. */
export function readingText(reading: Reading): string {
  const blocks = reading.sections.map((section) => [
    terminalSafe(section.heading),
    ...section.lines.map((line) => wrap(terminalSafe(line), WIDTH, '  - ', '    ')),
  ].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
