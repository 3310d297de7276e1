// The text of a holiday calendar for freeze_window (an iCalendar file; gates/calendar-windows.ts
// reads it). The file is read where the policy was read: at the policy's ref through the API when the
// policy came from there (`policy_ref`), so whoever pushes a tag cannot lift a freeze by
// editing a workspace copy; else from the workspace. A calendar that cannot be read or
// understood is an error (CALENDAR_INVALID, CALENDAR_MISSING), never "not frozen".
import { GateError, type EvalContext } from '../model/types.js';
import { readRepoFile } from './contents.js';
import type { FactStore } from './store.js';
import { readWorkspaceFile } from './workspace.js';

/** Calendars larger than this are refused: a holiday list is a few kilobytes. */
export const CALENDAR_MAX_BYTES = 1024 * 1024;
export interface CalendarFile {
  path: string;
  /** The ref it was read at, or null for the workspace. */
  ref: string | null;
  text: string;
}

/** Reads the calendar at the policy's ref (policy_ref), or in the workspace. */
export async function readCalendarFile(
  facts: FactStore,
  ctx: EvalContext,
  path: string,
): Promise<CalendarFile> {
  const policyRef = ctx.policy?.source.startsWith('api@') ? ctx.policy.source.slice('api@'.length) : null;
  if (policyRef) {
    const file = await facts.memo(`calendar:${policyRef}:${path}`, () =>
      readRepoFile(facts.github, ctx.repository, path, policyRef),
    );
    if (!file)
      throw new GateError(
        'CALENDAR_MISSING',
        `Calendar '${path}' does not exist at ${policyRef}, where the policy was read from (policy_ref); commit it there or fix the path.`,
        { calendar: path, ref: policyRef },
      );
    if (file.text.length > CALENDAR_MAX_BYTES) throw tooLarge(path, file.text.length);
    return { path, ref: policyRef, text: file.text };
  }
  const file = await readWorkspaceFile(facts, path, CALENDAR_MAX_BYTES);
  if (file.kind === 'missing')
    throw new GateError(
      'CALENDAR_MISSING',
      `Calendar '${path}' does not exist in the workspace; check it out (actions/checkout) or fix the path.`,
      { calendar: path },
    );
  if (file.kind === 'too_large') throw tooLarge(path, file.size);
  return { path, ref: null, text: file.text };
}

function tooLarge(path: string, size: number): GateError {
  return new GateError(
    'CALENDAR_INVALID',
    `Calendar '${path}' is ${size} bytes, over the ${CALENDAR_MAX_BYTES}-byte limit.`,
    { calendar: path },
  );
}
