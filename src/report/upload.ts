// Uploads both reports as the workflow artifact `maturity-eval`. @actions/artifact is most
// of the bundle's weight, so it is imported only here and only when there is a service.
export const REPORT_ARTIFACT = 'maturity-eval';

/**
 * `skipped`: there is no artifact service to upload to (a local run), which is not a failure.
 * `failed`: there is one and the upload did not succeed; the message names the artifact and
 * the files.
 */
export type UploadOutcome =
  | { status: 'uploaded'; id: number | null }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; code: 'REPORT_UPLOAD_FAILED'; message: string };

export async function uploadReports(
  files: string[],
  rootDirectory: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<UploadOutcome> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return {
      status: 'skipped',
      reason:
        'no artifact service on this runner (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set), e.g. a local run',
    };
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { id } = await client.uploadArtifact(REPORT_ARTIFACT, files, rootDirectory, { retentionDays: 90 });
    return { status: 'uploaded', id: id ?? null };
  } catch (error) {
    return {
      status: 'failed',
      code: 'REPORT_UPLOAD_FAILED',
      message: `cannot upload artifact ${REPORT_ARTIFACT} (${files.join(', ')}): ${(error as Error).message.split('\n')[0]}`,
    };
  }
}
