// The artifact upload path of @actions/artifact v6: a Twirp JSON service at ACTIONS_RESULTS_URL
// (CreateArtifact → a signed blob URL, FinalizeArtifact) and the Azure block-blob calls the
// library's BlobClient makes against that URL (stage blocks, commit the block list, or one PUT).
// Finalized artifacts land in `state.uploads` (name → zip bytes).
import { createHash, randomUUID } from 'node:crypto';
import { storageError } from './blobs.js';
import { parseJsonBody, type Reply, type RequestContext, type Route } from './http.js';
import { readRuntimeToken, type RuntimeIdentity } from './runtime-token.js';
import { isoAt } from './state/ids.js';
import type { ScenarioState } from './state/model.js';

const SERVICE_PATH = '/twirp/github.actions.results.api.v1.ArtifactService';
const FIRST_ARTIFACT_ID = 1_900_000_001;

interface Upload {
  id: string;
  name: string;
  identity: RuntimeIdentity;
  blocks: Map<string, Buffer>;
  content: Buffer | null;
  artifactId: number | null;
  createdAt: string;
}

/** Request bodies use protobuf field names (snake_case), as the library's Twirp JSON client sends them. */
interface ArtifactRequest {
  workflow_run_backend_id?: string;
  workflow_job_run_backend_id?: string;
  name?: string;
  size?: string;
  hash?: string;
  name_filter?: string;
  id_filter?: string;
}

/** Holds uploads in progress and finalized; one per emulator. */
export class ResultsService {
  private readonly uploads = new Map<string, Upload>();
  private nextArtifactId = FIRST_ARTIFACT_ID;

  constructor(private readonly state: ScenarioState) {}

  routes(): Route[] {
    return [
      {
        method: 'POST',
        pattern: `${SERVICE_PATH}/{method}`,
        kind: 'results',
        needsToken: false,
        handle: (ctx) => this.call(ctx),
      },
      {
        method: 'PUT',
        pattern: '/_blobs/uploads/{upload_id}',
        kind: 'blob',
        needsToken: false,
        handle: (ctx) => this.withSignedUpload(ctx, (upload) => this.writeBlob(ctx, upload)),
      },
      {
        method: 'GET',
        pattern: '/_blobs/uploads/{upload_id}',
        kind: 'blob',
        needsToken: false,
        handle: (ctx) =>
          this.withSignedUpload(ctx, (upload) =>
            upload.content
              ? { status: 200, headers: { 'content-type': 'application/zip' }, body: upload.content }
              : storageError(404, 'BlobNotFound', 'The specified blob does not exist.'),
          ),
      },
    ];
  }

  private call(ctx: RequestContext): Reply {
    const token = /^Bearer (.+)$/i.exec(ctx.headers.authorization ?? '')?.[1];
    const identity = token ? readRuntimeToken(token) : undefined;
    if (!identity) return twirpError(401, 'unauthenticated', 'invalid or missing ACTIONS_RUNTIME_TOKEN');
    const request = parseJsonBody<ArtifactRequest>(ctx) ?? {};
    if (
      request.workflow_run_backend_id !== identity.workflowRunBackendId ||
      request.workflow_job_run_backend_id !== identity.workflowJobRunBackendId
    ) {
      return twirpError(403, 'permission_denied', 'backend ids do not match the runtime token');
    }
    switch (ctx.params.method) {
      case 'CreateArtifact':
        return this.create(ctx, identity, request);
      case 'FinalizeArtifact':
        return this.finalize(identity, request);
      case 'ListArtifacts':
        return this.list(identity, request);
      case 'GetSignedArtifactURL': {
        const upload = this.finalized(identity).find((candidate) => candidate.name === request.name);
        if (!upload) return twirpError(404, 'not_found', `artifact ${request.name ?? ''} not found`);
        return { status: 200, json: { name: upload.name, signed_url: this.blobUrl(ctx, upload, 'r') } };
      }
      default:
        return twirpError(404, 'bad_route', `no handler for path ${ctx.path}`);
    }
  }

  private create(ctx: RequestContext, identity: RuntimeIdentity, request: ArtifactRequest): Reply {
    if (!request.name) return twirpError(400, 'invalid_argument', 'name is required');
    if (this.finalized(identity).some((upload) => upload.name === request.name)) {
      return twirpError(
        409,
        'already_exists',
        'an artifact with this name already exists on the workflow run',
      );
    }
    const upload: Upload = {
      id: randomUUID(),
      name: request.name,
      identity,
      blocks: new Map(),
      content: null,
      artifactId: null,
      createdAt: isoAt(Date.now()),
    };
    this.uploads.set(upload.id, upload);
    return { status: 200, json: { ok: true, signed_upload_url: this.blobUrl(ctx, upload, 'cw') } };
  }

  private finalize(identity: RuntimeIdentity, request: ArtifactRequest): Reply {
    const upload = [...this.uploads.values()].find(
      (candidate) =>
        candidate.artifactId === null &&
        candidate.name === request.name &&
        sameRun(candidate.identity, identity),
    );
    if (!upload?.content)
      return twirpError(404, 'not_found', `no uploaded blob for artifact ${request.name ?? ''}`);
    if (request.size !== undefined && Number(request.size) !== upload.content.length) {
      return twirpError(
        400,
        'invalid_argument',
        `size ${request.size} does not match the ${upload.content.length} bytes uploaded`,
      );
    }
    const digest = `sha256:${createHash('sha256').update(upload.content).digest('hex')}`;
    if (request.hash !== undefined && request.hash !== digest) {
      return twirpError(
        400,
        'invalid_argument',
        `hash ${request.hash} does not match the uploaded ${digest}`,
      );
    }
    upload.artifactId = this.nextArtifactId++;
    this.state.uploads.set(upload.name, upload.content);
    return { status: 200, json: { ok: true, artifact_id: String(upload.artifactId) } };
  }

  private list(identity: RuntimeIdentity, request: ArtifactRequest): Reply {
    const artifacts = this.finalized(identity)
      .filter((upload) => request.name_filter === undefined || upload.name === request.name_filter)
      .filter((upload) => request.id_filter === undefined || String(upload.artifactId) === request.id_filter)
      .map((upload) => ({
        workflow_run_backend_id: upload.identity.workflowRunBackendId,
        workflow_job_run_backend_id: upload.identity.workflowJobRunBackendId,
        database_id: String(upload.artifactId),
        name: upload.name,
        size: String(upload.content?.length ?? 0),
        created_at: upload.createdAt,
        digest: `sha256:${createHash('sha256')
          .update(upload.content ?? Buffer.alloc(0))
          .digest('hex')}`,
      }));
    return { status: 200, json: { artifacts } };
  }

  private finalized(identity: RuntimeIdentity): Upload[] {
    return [...this.uploads.values()].filter(
      (upload) => upload.artifactId !== null && sameRun(upload.identity, identity),
    );
  }

  private blobUrl(ctx: RequestContext, upload: Upload, permissions: string): string {
    return ctx.blobs.signedUrl(ctx.urls.api, `/_blobs/uploads/${upload.id}`, permissions);
  }

  private withSignedUpload(ctx: RequestContext, answer: (upload: Upload) => Reply): Reply {
    if (!ctx.blobs.verify(ctx.path, ctx.query)) {
      return storageError(403, 'AuthenticationFailed', 'Server failed to authenticate the request.');
    }
    const upload = this.uploads.get(ctx.params.upload_id);
    return upload
      ? answer(upload)
      : storageError(404, 'ContainerNotFound', 'The specified container does not exist.');
  }

  /** Put Block, Put Block List, or Put Blob (the three ways a BlockBlobClient writes). */
  private writeBlob(ctx: RequestContext, upload: Upload): Reply {
    if (upload.artifactId !== null)
      return storageError(409, 'BlobImmutable', 'The artifact is already finalized.');
    const operation = ctx.query.get('comp');
    if (operation === 'block') {
      const blockId = ctx.query.get('blockid');
      if (!blockId) return storageError(400, 'InvalidQueryParameterValue', 'blockid is required.');
      upload.blocks.set(blockId, ctx.body);
    } else if (operation === 'blocklist') {
      const ids = [
        ...ctx.body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g),
      ].map((match) => match[1]);
      const missing = ids.find((id) => !upload.blocks.has(id));
      if (missing !== undefined) return storageError(400, 'InvalidBlockList', `Unknown block ${missing}.`);
      upload.content = Buffer.concat(ids.map((id) => upload.blocks.get(id) ?? Buffer.alloc(0)));
    } else {
      upload.content = ctx.body;
    }
    return {
      status: 201,
      headers: {
        etag: `"0x${createHash('md5').update(upload.id).digest('hex').slice(0, 16).toUpperCase()}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2025-01-05',
        'x-ms-request-server-encrypted': 'true',
      },
    };
  }
}

function sameRun(a: RuntimeIdentity, b: RuntimeIdentity): boolean {
  return a.workflowRunBackendId === b.workflowRunBackendId;
}

function twirpError(status: number, code: string, msg: string): Reply {
  return { status, json: { code, msg } };
}
