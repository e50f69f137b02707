/**
 * Diagnostics: every problem found in a digest carries where it is (file, line,
 * column), what the parser expected and what it found, plus a short code frame,
 * so a curator can fix the input without reading the parser.
 */
import { shortenText } from './shorten.ts';

/** How bad a problem is: errors fail the build (unless lenient), warnings never do. */
export type Severity = 'error' | 'warning';

/** One problem found in one input file. Lines and columns are 1-based. */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `missing-day-line`. */
  code: string;
  severity: Severity;
  /** Input file as given to the parser (path relative to the project when read from disk). */
  file: string;
  line: number;
  column: number;
  /** What the parser expected at this place, in words. */
  expected: string;
  /** What it found instead (already shortened for display). */
  found: string;
  /** One sentence a curator can act on. */
  message: string;
  /** A few numbered source lines around the problem with a caret under the column. */
  frame: string;
}

/** Input for {@link createDiagnostic}: the frame is derived from the source. */
export interface DiagnosticInput {
  code: string;
  severity: Severity;
  file: string;
  line: number;
  column?: number;
  expected: string;
  found: string;
  message: string;
}

const FOUND_MAX = 60;

/** Shortens a found value for messages; keeps the start, which is what people recognise. */
export function abbreviate(text: string, max = FOUND_MAX): string {
  return shortenText(text, max) || '(empty)';
}

/**
 * Renders a code frame: up to one line of context either side, long lines cut
 * around the column so the caret stays visible.
 */
export function renderCodeFrame(lines: readonly string[], line: number, column: number): string {
  const width = String(Math.min(lines.length, line + 1)).length;
  const out: string[] = [];
  for (let n = Math.max(1, line - 1); n <= Math.min(lines.length, line + 1); n++) {
    const raw = lines[n - 1] ?? '';
    const start = raw.length > 80 && column > 60 ? column - 40 : 0;
    const shown = (start > 0 ? '…' : '') + raw.slice(start, start + 80) + (raw.length > start + 80 ? '…' : '');
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${shown}`);
    if (n === line) {
      const caretAt = column - 1 - start + (start > 0 ? 1 : 0);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, caretAt))}^`);
    }
  }
  return out.join('\n');
}

/** Builds a diagnostic with its code frame from the file's lines. */
export function createDiagnostic(lines: readonly string[], input: DiagnosticInput): Diagnostic {
  const column = input.column ?? 1;
  return { ...input, column, frame: renderCodeFrame(lines, input.line, column) };
}

/** One-line-plus-frame text form, as printed by the build and the CLI. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} [${d.code}] ${d.message}\n  expected: ${d.expected}\n  found:    ${d.found}\n${d.frame}`;
}

/** Thrown when input cannot be understood; carries every problem of every file, not just the first. */
export class DigestError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in digest input:\n\n` +
        errors.map(formatDiagnostic).join('\n\n'),
    );
    this.name = 'DigestError';
    this.diagnostics = diagnostics;
  }
}
