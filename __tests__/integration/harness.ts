// The integration tests' way to run the bundled action as the runner does (shared with the demo).
export * from '../../test/run-action.js';
