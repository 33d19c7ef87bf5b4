// dutymap-ingest: parse plan files and print the DutyGraph (json) or a summary.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { formatDiagnostic } from '@dutymap/model';
import { parsePlanFile, SUPPORTED_EXTENSIONS } from './read-file.js';
import type { ParseResult } from './parse-plan.js';
import { AliasTable } from './extract/registry.js';
import { formatExplanation, formatSummary } from './summary.js';

const USAGE = `usage: dutymap-ingest FILE... [--format json|summary] [--explain-columns] [--aliases FILE] [--jurisdiction NAME]

Reads the responsibility tables of Chinese implementation plans (${SUPPORTED_EXTENSIONS.join(' ')})
and prints the DutyGraph as JSON (one object, or an array for several files) or a summary.

  --format json|summary   output (default json)
  --explain-columns       print, for every table, the role of each column and the evidence
                          (header word or what its cells hold), and where the jurisdiction came from
  --aliases FILE          an extra alias table (JSON, the format of data/aliases.json)
  --jurisdiction NAME     the issuing government when the title does not name it (衢州市)

exit status: 0 parsed, 1 a file could not be parsed or parsed incompletely (a fatal or error
diagnostic, printed as file:line: severity code: message), 2 bad usage`;

function usageError(message: string): never {
  process.stderr.write(`dutymap-ingest: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        aliases: { type: 'string' },
        jurisdiction: { type: 'string' },
        'explain-columns': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) usageError('no input file');
  if (values.format !== 'json' && values.format !== 'summary') usageError(`--format must be json or summary, not "${values.format}"`);

  let aliases: AliasTable | undefined;
  if (values.aliases) {
    try {
      aliases = AliasTable.parse(JSON.parse(await readFile(values.aliases, 'utf8')));
    } catch (error) {
      process.stderr.write(`dutymap-ingest: ${values.aliases}: not a valid alias table: ${(error as Error).message}\n`);
      return 2;
    }
  }

  const bar = positionals.length > 1 ? new SingleBar({ format: 'parsing [{bar}] {value}/{total} {file}', stream: process.stderr }, Presets.shades_classic) : undefined;
  bar?.start(positionals.length, 0, { file: '' });
  const results: ParseResult[] = [];
  for (const file of positionals) {
    bar?.update({ file });
    results.push(await parsePlanFile(file, { ...(aliases ? { aliases } : {}), ...(values.jurisdiction ? { jurisdiction: values.jurisdiction } : {}) }));
    bar?.increment();
  }
  bar?.stop();

  let failed = false;
  for (const [i, result] of results.entries()) {
    for (const d of result.diagnostics.filter((x) => x.severity === 'fatal' || x.severity === 'error')) {
      process.stderr.write(`${formatDiagnostic({ ...d, source: positionals[i] })}\n`);
      failed = true;
    }
  }
  if (values['explain-columns']) {
    process.stdout.write(`${results.map((r, i) => formatExplanation(positionals[i]!, r.explain)).join('\n\n')}\n`);
  } else if (values.format === 'summary') {
    process.stdout.write(`${results.filter((r) => r.ok).map((r) => formatSummary(r.graph, r.diagnostics)).join('\n\n')}\n`);
  } else {
    const documents = results.map((r) => ({ ...r.graph, diagnostics: r.diagnostics }));
    process.stdout.write(`${JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dutymap-ingest: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
