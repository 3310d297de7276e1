/** The tool's version, equal to package.json's (a test keeps them equal). */
export const TOOL_VERSION = '1.0.0';
export const TOOL_NAME = 'release-gates';
