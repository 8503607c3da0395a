import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../core/edits';
import { loadWordLists } from '../core/lexicon';
import { LineIndex } from '../core/lines';
import { SpacingChecker } from '../core/spacing/checker';
import { DEFAULT_SPACING_OPTIONS, type SpacingOptions } from '../core/spacing/options';
import { fixText } from '../core/spacing/fixAll';
import type { CliticSetting } from '../core/spacing/shared';
import type { Finding } from '../core/types';
import { WordStats } from '../core/wordStats';
import { collectInputs, type InputFile } from './files';
import { eventsReport, factsReport } from './reports';

const USAGE = `Usage: tadqiq <command> PATHS... [options]

Commands:
  check    spacing problems (run-together words, detached letters, quote and punctuation spacing)
  facts    facts reported by two or more articles
  events   articles grouped by the event they report

Options:
  --format text|json   output for people (default) or for tools (a versioned JSON contract)
  --fix                with check: rewrite the files with the preferred fixes (whitespace only)
  --max-size MB        skip files larger than this (default 64)
  --max-findings N     with check: report at most N problems per file (default 100000; 0: no limit);
                       --fix leaves a file with more as it is (exit code 2)
  --thorough           with check: also propose run-together splits with weaker evidence
                       (finds more, with several times as many false alarms)
  --reference PATH     with check: other articles (a file or folder; may be repeated) whose words
                       teach how words are spelled, as the checked files' own do; not checked.
                       A small folder gains most (an archive of past issues, say)
  --words FILE         with check: words written solid on purpose (names, brands), one a line
                       (# starts a comment), never flagged as run-together; may be repeated
  --clitic-before-quote consistent|tatweel|attached
                       with check: how ف ب ل ك join a quote or number: لـ«, بـ5 (tatweel) or ل«, ب5
                       (attached); consistent (default): as the files and references do more often
  -h, --help           this help

Exit codes: 0 no findings, 1 findings, 2 usage or input error.`;

class UsageError extends Error {}

interface Args {
  command: string;
  paths: string[];
  format: 'text' | 'json';
  fix: boolean;
  thorough: boolean;
  maxBytes: number;
  maxFindings: number;
  reference: string[];
  cliticBeforeQuote: CliticSetting;
  words: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: '', paths: [], format: 'text', fix: false, thorough: false, maxBytes: 64e6, maxFindings: 100_000, reference: [], cliticBeforeQuote: DEFAULT_SPACING_OPTIONS.cliticBeforeQuote, words: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') {
      const f = argv[++i];
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format takes text or json, not ${f ?? 'nothing'}`);
      args.format = f;
    } else if (a.startsWith('--format=')) {
      return parseArgs([...argv.slice(0, i), '--format', a.slice(9), ...argv.slice(i + 1)]);
    } else if (a === '--fix') args.fix = true;
    else if (a === '--thorough') args.thorough = true;
    else if (a === '--max-size') {
      const mb = Number(argv[++i]);
      if (!(mb > 0)) throw new UsageError('--max-size takes a positive number of megabytes');
      args.maxBytes = mb * 1e6;
    } else if (a === '--max-findings') {
      const n = Number(argv[++i]);
      if (!(Number.isInteger(n) && n >= 0)) throw new UsageError('--max-findings takes a whole number (0: no limit)');
      args.maxFindings = n === 0 ? Infinity : n;
    } else if (a === '--reference') {
      const p = argv[++i];
      if (!p) throw new UsageError('--reference takes a file or folder');
      args.reference.push(p);
    } else if (a === '--words') {
      const p = argv[++i];
      if (!p) throw new UsageError('--words takes a file');
      args.words.push(p);
    } else if (a === '--clitic-before-quote') {
      const c = argv[++i];
      if (c !== 'consistent' && c !== 'tatweel' && c !== 'attached') throw new UsageError(`--clitic-before-quote takes consistent, tatweel or attached, not ${c ?? 'nothing'}`);
      args.cliticBeforeQuote = c;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (!args.command) args.command = a;
    else args.paths.push(a);
  }
  if (!['check', 'facts', 'events'].includes(args.command)) throw new UsageError(args.command ? `unknown command ${args.command}` : 'no command given');
  if (args.paths.length === 0) throw new UsageError(`${args.command} needs at least one file or folder`);
  if (args.fix && args.command !== 'check') throw new UsageError('--fix goes with check');
  if (args.thorough && args.command !== 'check') throw new UsageError('--thorough goes with check');
  if (argv.includes('--max-findings') && args.command !== 'check') throw new UsageError('--max-findings goes with check');
  if (args.reference.length > 0 && args.command !== 'check') throw new UsageError('--reference goes with check');
  if (argv.includes('--clitic-before-quote') && args.command !== 'check') throw new UsageError('--clitic-before-quote goes with check');
  if (args.words.length > 0 && args.command !== 'check') throw new UsageError('--words goes with check');
  return args;
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let args: Args;
  if (argv.includes('-h') || argv.includes('--help')) {
    out(USAGE);
    return 0;
  }
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`tadqiq: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  const { files, problems } = collectInputs(args.paths, args.maxBytes);
  // Reference articles teach spelling only: read like the others, never reported on.
  const reference = collectInputs(args.reference, args.maxBytes);
  let words: string[];
  try {
    words = args.words.flatMap(readWordList);
  } catch (e) {
    err(`tadqiq: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  problems.push(...reference.problems.map((p) => ({ ...p, path: `${p.path} (reference)` })));
  for (const p of problems) err(`tadqiq: ${p.path}: ${p.reason}`);
  let found = false;
  let unfixed = false;
  if (args.command === 'check') ({ found, unfixed } = check(files, reference.files, words, args, out, err));
  else if (args.command === 'facts') found = print(factsReport(files), args, out);
  else found = print(eventsReport(files), args, out);
  if (problems.length > 0 || unfixed) return 2;
  return found ? 1 : 0;
}

/** A --words file: a word a line; blank lines and what follows # are left out. */
function readWordList(file: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: cannot read the word list`);
  }
  return text.split(/\r?\n/).map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
}

/** `unfixed`: with --fix, a file was left as it is (too many problems to hold). */
function check(files: InputFile[], reference: InputFile[], words: string[], args: Args, out: (s: string) => void, err: (s: string) => void): { found: boolean; unfixed: boolean } {
  const stats = new WordStats();
  for (const r of reference) stats.add(r.text);
  const checker = new SpacingChecker(loadWordLists(path.join(__dirname, 'lexicon')), stats);
  // A finding held in memory costs about half a kilobyte: the cap keeps a file that is nothing but
  // problems from exhausting memory (the rest are counted, and said on stderr).
  const options: SpacingOptions = { ...DEFAULT_SPACING_OPTIONS, maxFindings: args.maxFindings, runTogetherSensitivity: args.thorough ? 'thorough' : 'cautious', cliticBeforeQuote: args.cliticBeforeQuote, words };
  // The files are the corpus: its statistics are learned in the same pass that checks them.
  const results = checker.checkAll(files.map((f) => f.text), options);
  const report = files.map((f, i) => ({ file: f, findings: results[i].findings, omitted: results[i].omitted }));
  let total = 0;
  let unfixed = false;
  for (const r of report) {
    total += r.findings.length + r.omitted;
    if (r.omitted > 0) err(`tadqiq: ${r.file.path}: ${r.omitted} more problem(s) not reported (--max-findings ${args.maxFindings})`);
  }
  if (args.fix) {
    for (const r of report) {
      // Fixing holds every finding of the file in memory: past the cap, the file is left as it is.
      if (r.omitted > 0) {
        err(`tadqiq: ${r.file.path}: not fixed: more than ${args.maxFindings} problems (--max-findings; 0 lifts the limit, at about half a kilobyte of memory a problem)`);
        unfixed = true;
        continue;
      }
      if (!r.findings.some((f) => f.fixes.length > 0)) continue;
      const fixed = fixText(r.file.text, checker, options);
      if (fixed.edits === 0) continue;
      fs.writeFileSync(r.file.path, fixed.text);
      if (args.format !== 'text') continue;
      const lines = new LineIndex(r.file.text);
      for (const f of r.findings) {
        if (!f.fixes[0]) continue;
        const p = lines.position(f.offset);
        out(`${r.file.path}:${p.line + 1}:${p.character + 1}: fixed ${f.code}: "${f.text}" → "${spanAfterFix(f)}"`);
      }
      out(`${r.file.path}: ${fixed.edits} spacing fix(es) applied`);
    }
  }
  if (args.format === 'json') {
    writeCheckJson(report, out);
  } else if (!args.fix) {
    for (const r of report) {
      const lines = new LineIndex(r.file.text);
      for (const d of r.findings) {
        const p = lines.position(d.offset);
        out(`${r.file.path}:${p.line + 1}:${p.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
      }
    }
    out(`${total} problem(s) in ${files.length} file(s)`);
  }
  return { found: total > 0, unfixed };
}

/** The flagged text as the preferred fix leaves it (a fix's edits stay inside its finding). */
function spanAfterFix(f: Finding): string {
  return applyEdits(f.text, f.fixes[0].edits.map((e) => ({ ...e, offset: e.offset - f.offset })));
}

/**
 * The version 1 JSON of `check`, written a slice at a time: a 50 MB file can have millions of
 * findings, more than one JavaScript string may hold.
 */
function writeCheckJson(report: { file: InputFile; findings: Finding[] }[], out: (line: string) => void): void {
  const SLICE = 2000;
  out('{\n  "version": 1,\n  "files": [');
  report.forEach((r, i) => {
    const lines = new LineIndex(r.file.text);
    out(`    ${i ? ', ' : ''}{ "path": ${JSON.stringify(r.file.path)}, "diagnostics": [`);
    for (let k = 0; k < r.findings.length; k += SLICE) {
      const chunk = r.findings.slice(k, k + SLICE).map((d) => {
        const json = { code: d.code, severity: d.severity, offset: d.offset, length: d.length, ...lines.position(d.offset), text: d.text, message: d.message, fixes: d.fixes };
        return `      ${JSON.stringify(json)}`;
      });
      out((k ? ',\n' : '') + chunk.join(',\n'));
    }
    out('    ] }');
  });
  out('  ]\n}');
}

function print(report: { json: object; text: string[]; found: boolean }, args: Args, out: (s: string) => void): boolean {
  if (args.format === 'json') out(JSON.stringify({ version: 1, ...report.json }, null, 2));
  else for (const line of report.text) out(line);
  return report.found;
}

if (require.main === module) {
  // `tadqiq check … | head`: a reader that stops early is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
}
