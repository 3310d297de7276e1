// The local GitHub emulator: a server on 127.0.0.1 that plays GitHub (REST, GraphQL, artifact
// and asset downloads, the artifact upload service) for one scenario. See docs/testing.md.
export { startEmulator, type Emulator, type EmulatorAnswer, type EmulatorOptions } from './server.js';
export { loadScenario } from './scenario.js';
export type * from './scenario.js';
export type { LoggedRequest } from './request-log.js';
export type { ScenarioState, RepositoryState } from './state/model.js';
export { makeRuntimeToken, type RuntimeTokenOptions } from './runtime-token.js';
export { readZip, writeZip, type ZipEntry } from './zip.js';
export {
  commitChain,
  makeJob,
  makeRuns,
  minimalScenario,
  shaOf,
  type RunHistoryOptions,
} from './builders.js';
