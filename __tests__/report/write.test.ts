// Writing the reports and the job summary: a file that cannot be written is a
// ReportWriteError naming it with the system's reason, without Node repeating the path.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderMarkdown } from '../../src/report/markdown.js';
import { fileSystemReason, ReportWriteError, writeJobSummary, writeReports } from '../../src/report/write.js';
import { passingReport } from '../fixtures/reports.js';

const temp = () => mkdtempSync(path.join(tmpdir(), 'write-'));

describe('writeReports', () => {
  test('writes both reports, the Markdown being the rendering of the report', async () => {
    const dir = path.join(temp(), 'dist', 'maturity');
    const report = passingReport();
    const written = await writeReports(report, dir);
    expect(written.json).toBe(path.join(dir, 'maturity-eval.json'));
    expect(JSON.parse(readFileSync(written.json, 'utf8'))).toEqual(report);
    expect(readFileSync(written.md, 'utf8')).toBe(renderMarkdown(report));
    expect(written.markdown).toBe(renderMarkdown(report));
  });

  test('a file where the directory should be: REPORT_WRITE_FAILED naming the directory', async () => {
    const root = temp();
    writeFileSync(path.join(root, 'dist'), 'a file');
    const dir = path.join(root, 'dist', 'maturity');
    const error = await writeReports(passingReport(), dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportWriteError);
    expect((error as ReportWriteError).code).toBe('REPORT_WRITE_FAILED');
    expect((error as ReportWriteError).file).toBe(dir);
    expect((error as Error).message).toBe(`cannot write report directory ${dir}: ENOTDIR: not a directory`);
  });

  test('a directory where a report file should be: the error names that file', async () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'maturity-eval.md'));
    const error = (await writeReports(passingReport(), dir).catch((e: unknown) => e)) as ReportWriteError;
    expect(error.file).toBe(path.join(dir, 'maturity-eval.md'));
    expect(error.message).toMatch(
      /^cannot write report .*maturity-eval\.md: EISDIR: illegal operation on a directory$/,
    );
  });
});

describe('writeJobSummary', () => {
  test('appends to the summary file, as the runner expects of each step', async () => {
    const file = path.join(temp(), 'step_summary');
    writeFileSync(file, 'before\n');
    await writeJobSummary(file, '# report\n');
    expect(readFileSync(file, 'utf8')).toBe('before\n# report\n');
  });

  test('a summary path in a missing directory: REPORT_WRITE_FAILED naming it', async () => {
    const file = path.join(temp(), 'missing', 'step_summary');
    await expect(writeJobSummary(file, 'x')).rejects.toThrow(
      `cannot write job summary ${file}: ENOENT: no such file or directory`,
    );
  });
});

describe('fileSystemReason', () => {
  test.each([
    ["EACCES: permission denied, open '/runner/_temp/step_summary'", 'EACCES: permission denied'],
    ["ENOTDIR: not a directory, mkdir '/w/dist/maturity'", 'ENOTDIR: not a directory'],
    ["EXDEV: cross-device link not permitted, rename '/a' -> '/b'", 'EXDEV: cross-device link not permitted'],
    ['disk quota exceeded', 'disk quota exceeded'],
  ])('%s → %s', (message, reason) => {
    expect(fileSystemReason(new Error(message))).toBe(reason);
  });
});
