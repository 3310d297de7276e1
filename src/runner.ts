// The runner's side of the action: inputs from the environment, step outputs through the
// GITHUB_OUTPUT file, log lines and annotations as workflow commands — the parts of
// @actions/core the action uses, as GitHub documents them ("Workflow commands for GitHub
// Actions"). Not @actions/core itself: importing it loads its OIDC client, and with it the
// HTTP client and undici (about 1 MB of code and 40 ms at every start), which only the report
// upload needs; @actions/artifact still brings @actions/core along when it loads.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** Where an annotation points: a file and line, and a title (all optional). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Command data: the runner reads up to the end of the line, so line breaks and `%` are escaped. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also end at `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// The runner's names for the properties (`line`, not `startLine`).
const PROPERTY_NAMES: Record<keyof AnnotationProperties, string> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col',
  endColumn: 'endColumn',
};

function issueCommand(command: string, properties: AnnotationProperties, message: string): void {
  const given = (Object.keys(PROPERTY_NAMES) as (keyof AnnotationProperties)[])
    .filter((key) => properties[key] !== undefined && properties[key] !== '')
    .map((key) => `${PROPERTY_NAMES[key]}=${escapeProperty(String(properties[key]))}`);
  const head = given.length ? `${command} ${given.join(',')}` : command;
  process.stdout.write(`::${head}::${escapeData(message)}${EOL}`);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', properties, message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', properties, message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', properties, message);
}

/** An error annotation, and the step's exit status set to failure. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * A step output, appended to the GITHUB_OUTPUT file as `name<<DELIMITER`, the value, then the
 * delimiter: a random one, so a value (a report, a list of gates) cannot end the record early.
 * Throws when the file is missing: the outputs would be lost, and the caller says so.
 */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    // Outside a runner that has output files (an old runner, a local run): the legacy command.
    process.stdout.write(`${EOL}::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (value.includes(delimiter)) throw new Error(`the value of output ${name} contains its delimiter`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
