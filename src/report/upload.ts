// Uploads both reports as the workflow artifact `maturity-eval`. @actions/artifact is most
// of the bundle's weight, so it is imported only here and only when there is a service.
export const REPORT_ARTIFACT = 'maturity-eval';

export type UploadOutcome = { uploaded: true; id: number | null } | { uploaded: false; reason: string };

export async function uploadReports(
  files: string[],
  rootDirectory: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<UploadOutcome> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return {
      uploaded: false,
      reason:
        'no artifact service on this runner (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set), e.g. a local run',
    };
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { id } = await client.uploadArtifact(REPORT_ARTIFACT, files, rootDirectory, { retentionDays: 90 });
    return { uploaded: true, id: id ?? null };
  } catch (error) {
    return { uploaded: false, reason: `upload failed: ${(error as Error).message.split('\n')[0]}` };
  }
}
