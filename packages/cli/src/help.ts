import type { Language } from '@netwerkkracht/core';
import { CLI_MESSAGES } from './cli-messages.js';
import type { Command } from './commands/index.js';
import { wrap } from './terminal-text.js';

const WIDTH = 96;

function table(rows: readonly (readonly [string, string])[]): string[] {
  const left = Math.max(...rows.map(([a]) => a.length)) + 2;
  return rows.map(([a, b]) => wrap(b, WIDTH, `  ${a.padEnd(left)}`, ' '.repeat(left + 2)));
}

export function toolHelp(commands: Readonly<Record<string, Command>>, lang: Language): string {
  const m = CLI_MESSAGES[lang];
  return [
    m.tool,
    '',
    `${m.usage}: ${m.synopsis}`,
    '',
    `${m.commands}:`,
    ...table(Object.entries(commands).map(([name, command]) => [name, command.summary[lang]])),
    '',
    `${m.options}:`,
    ...table(m.globalOptions),
    '',
    m.moreHelp,
    '',
  ].join('\n');
}

export function commandHelp(command: Command, lang: Language): string {
  const m = CLI_MESSAGES[lang];
  return [
    `${m.usage}: netwerkkracht ${command.usage}`,
    '',
    wrap(command.description[lang], WIDTH, '', ''),
    '',
    `${m.options}:`,
    ...table([...command.options.map((o) => [o.flag, o.text[lang]] as const), ...m.globalOptions.filter(([flag]) => flag !== '--version')]),
    '',
  ].join('\n');
}
