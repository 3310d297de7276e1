export const id = 6523;
export const ids = [6523];
export const modules = {

/***/ 20770:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__(20218);


/***/ }),

/***/ 20218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var net = __webpack_require__(69278);
var tls = __webpack_require__(64756);
var http = __webpack_require__(58611);
var https = __webpack_require__(65692);
var events = __webpack_require__(24434);
var assert = __webpack_require__(42613);
var util = __webpack_require__(39023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 36523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ATTESTATION_INVALID: () => (/* binding */ ATTESTATION_INVALID),
  ATTESTATION_MISSING: () => (/* binding */ ATTESTATION_MISSING),
  attestationsGate: () => (/* binding */ attestationsGate),
  fileVerdict: () => (/* binding */ fileVerdict),
  judgeAttestations: () => (/* binding */ judgeAttestations)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/transport.ts
var transport = __webpack_require__(65038);
// EXTERNAL MODULE: ./src/facts/workspace.ts
var workspace = __webpack_require__(39522);
;// CONCATENATED MODULE: ./src/facts/attestations.ts
// A file's GitHub artifact attestations, verified. The list comes from
// `GET /repos/{owner}/{repo}/attestations/sha256:{digest}` (permission `attestations: read`;
// cursor-paginated through Link headers). Each entry carries its Sigstore bundle inline, or only
// a `bundle_url` to the bundle Snappy-compressed in storage, as the GitHub CLI reads it.
//
// Verification needs the Sigstore libraries, which are large: they are imported here on first
// use (src/supply-chain/verify.ts is a chunk of its own), never at start-up.





/** Enough for any real release; past it the listing is an error, never a silent cut. */
const MAX_ATTESTATIONS = 300;
const PER_PAGE = 100;
/** Bundles are a few KiB; anything much bigger is not one. */
const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
const BUNDLE_TIMEOUT_MS = 20_000;
/** A Sigstore trusted root is a few KiB. */
const MAX_TRUSTED_ROOT_BYTES = 1024 * 1024;
/** The Sigstore verifier, a chunk of its own: imported by the first gate that verifies. */
async function loadVerifier() {
    try {
        return await Promise.all(/* import() */[__webpack_require__.e(6138), __webpack_require__.e(2088), __webpack_require__.e(1303), __webpack_require__.e(5126)]).then(__webpack_require__.bind(__webpack_require__, 85126));
    }
    catch (error) {
        throw new types/* GateError */.ue('VERIFIER_NOT_LOADED', `Cannot load the Sigstore verifier: ${error.message}. The action's dist/ directory is incomplete; use the published release (uses: OWNER/release-gates@v1) or rebuild it.`);
    }
}
/** The attestations GitHub holds for a sha256 digest in this repository; none \u2192 []. */
function listAttestations(facts, repo, sha256) {
    return facts.memo(`attestations:${repo.owner}/${repo.repo}:${sha256}`, async () => {
        const octokit = facts.github.octokit;
        const records = [];
        try {
            const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
                ...repo,
                subject_digest: `sha256:${sha256}`,
                per_page: PER_PAGE,
            });
            for await (const page of pages) {
                const list = page.data.attestations;
                if (!Array.isArray(list)) {
                    throw new types/* GateError */.ue('API_ERROR', `GitHub answered the attestations of sha256:${sha256} without an 'attestations' list.`);
                }
                records.push(...list.map(toRecord));
                if (records.length > MAX_ATTESTATIONS) {
                    throw new types/* GateError */.ue('TOO_MANY_ATTESTATIONS', `sha256:${sha256} has more than ${MAX_ATTESTATIONS} attestations; not all could be read.`);
                }
            }
        }
        catch (error) {
            // GitHub answers 404 for a digest it holds no attestation of (the GitHub CLI reads it so).
            if (error.status === 404)
                return [];
            throw (0,errors/* toGateError */.Vl)(error, `the attestations of sha256:${sha256}`);
        }
        return records;
    });
}
function toRecord(payload) {
    const raw = (payload ?? {});
    return {
        bundle: raw.bundle && typeof raw.bundle === 'object' ? raw.bundle : null,
        bundleUrl: typeof raw.bundle_url === 'string' && raw.bundle_url ? raw.bundle_url : null,
        repositoryId: typeof raw.repository_id === 'number' ? raw.repository_id : null,
    };
}
/**
 * The bundle behind a `bundle_url`: Snappy-compressed JSON in storage. The URL is signed, so no
 * GitHub token is sent (it may be another host).
 */
function fetchBundle(facts, url) {
    return facts.memo(`attestation-bundle:${url}`, async () => {
        const where = `the attestation bundle at ${safeUrl(url)}`;
        let compressed;
        try {
            // Over node:http like every other request (proxies honoured; Node's own fetch would load
            // its copy of undici, about 13 MiB, for this one download).
            const response = await (0,transport/* nodeFetch */.vs)(url, {
                signal: AbortSignal.timeout(BUNDLE_TIMEOUT_MS),
                redirect: 'follow',
            });
            if (!response.ok)
                throw new Error(`HTTP ${response.status}`);
            const length = Number(response.headers.get('content-length') ?? '0');
            if (length > MAX_BUNDLE_BYTES)
                throw new Error(`${length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`);
            compressed = Buffer.from(await response.arrayBuffer());
            if (compressed.length > MAX_BUNDLE_BYTES)
                throw new Error(`${compressed.length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`);
        }
        catch (error) {
            throw new types/* GateError */.ue('API_ERROR', `Could not fetch ${where}: ${error.message}.`, {
                url: safeUrl(url),
            });
        }
        try {
            const { uncompress } = (await __webpack_require__.e(/* import() */ 4528).then(__webpack_require__.t.bind(__webpack_require__, 64528, 19))).default;
            const json = Buffer.from(uncompress(compressed, MAX_BUNDLE_BYTES)).toString('utf8');
            return JSON.parse(json);
        }
        catch (error) {
            throw new types/* GateError */.ue('API_ERROR', `${where} is not a Snappy-compressed JSON bundle: ${error.message}.`, { url: safeUrl(url) });
        }
    });
}
/** The URL without its query string (a storage signature). */
function safeUrl(url) {
    return url.split('?')[0];
}
/**
 * What bundles are verified against. Without a file: Sigstore's public-good root through TUF
 * (`RELEASE_GATES_TUF_MIRROR` + `RELEASE_GATES_TUF_ROOT` name another mirror and its root.json;
 * the cache goes under RUNNER_TEMP on a runner). Unreachable or unreadable: the gate errors.
 */
function sigstoreTrust(facts, options) {
    const file = options.trustedRoot;
    if (file) {
        return facts.memo(`sigstore-trust:file:${file}`, async () => {
            const read = await (0,workspace/* readWorkspaceFile */.s)(facts, file, MAX_TRUSTED_ROOT_BYTES);
            const source = `'${file}'`;
            if (read.kind !== 'ok') {
                throw new types/* GateError */.ue('TRUSTED_ROOT_UNAVAILABLE', read.kind === 'missing'
                    ? `The trusted root ${source} does not exist in the workspace; no attestation can be verified without it.`
                    : `The trusted root ${source} is ${read.size} bytes, over the ${read.maxBytes}-byte limit.`, { trusted_root: file });
            }
            let json;
            try {
                json = JSON.parse(read.text);
            }
            catch (error) {
                throw new types/* GateError */.ue('TRUSTED_ROOT_UNAVAILABLE', `The trusted root ${source} is not JSON: ${error.message}.`, { trusted_root: file });
            }
            return (await loadVerifier()).trustFromTrustedRoot(json, source);
        }, 'local');
    }
    return facts.memo('sigstore-trust:public-good', async () => {
        const env = facts.env;
        const cachePath = env.RELEASE_GATES_TUF_CACHE ||
            (env.RUNNER_TEMP ? external_node_path_default().join(env.RUNNER_TEMP, 'sigstore-tuf') : undefined);
        return (await loadVerifier()).publicGoodTrust({
            cachePath,
            mirrorURL: env.RELEASE_GATES_TUF_MIRROR || undefined,
            rootPath: env.RELEASE_GATES_TUF_ROOT || undefined,
        });
    }, 'local');
}
/** Every attestation of the file, each verified as a statement about `sha256`. */
async function verifiedAttestations(facts, repo, sha256, trust) {
    const records = await listAttestations(facts, repo, sha256);
    const { verifyAttestationBundle } = await loadVerifier();
    return Promise.all(records.map(async (record, index) => {
        if (record.bundle !== null)
            return { ...verifyAttestationBundle(record.bundle, sha256, trust), index, delivery: 'inline' };
        if (record.bundleUrl === null)
            return {
                ok: false,
                reason: 'GitHub listed it with neither a bundle nor a bundle_url',
                index,
                delivery: 'inline',
            };
        const bundle = await fetchBundle(facts, record.bundleUrl);
        return { ...verifyAttestationBundle(bundle, sha256, trust), index, delivery: 'bundle_url' };
    }));
}

// EXTERNAL MODULE: ./src/facts/releases.ts
var releases = __webpack_require__(59625);
// EXTERNAL MODULE: ./src/supply-chain/claims.ts
var claims = __webpack_require__(76298);
// EXTERNAL MODULE: ./src/gates/release-assets.ts
var release_assets = __webpack_require__(85091);
;// CONCATENATED MODULE: ./src/gates/attestations.ts




/** No attestation verifies: bad signature, untrusted certificate, no signing time, another file. */
const ATTESTATION_INVALID = 'ATTESTATION_INVALID';
/** GitHub holds no attestation of the file (of the expected predicate type). */
const ATTESTATION_MISSING = 'ATTESTATION_MISSING';
/** A file's possible refusals, worst first: the gate's code is the worst any file has. */
const SEVERITY = [
    ATTESTATION_INVALID,
    'SIGNER_MISMATCH',
    'SOURCE_MISMATCH',
    'SELF_HOSTED_RUNNER',
    ATTESTATION_MISSING,
    'ASSET_MISSING',
];
const { properties: assetParams } = release_assets.releaseAssetsGate.paramsSchema;
const attestationsGate = {
    type: 'attestations',
    libraries: (params) => release_assets.releaseAssetsGate.libraries(params),
    extraPlaceholders: ['platform'],
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['subjects'],
        properties: {
            source: {
                ...assetParams.source,
                description: 'Where the files are: the GitHub release of the tag, or the artifacts of the release build run (one per file, named like it).',
            },
            subjects: {
                ...assetParams.required,
                description: 'Files that must carry a valid attestation, shaped like release_assets `required`: `{platform}` in a name is replaced by each entry of its `platform` list.',
            },
            predicate_type: {
                description: 'The in-toto predicate type the attestation must have (SLSA provenance v1 is what actions/attest-build-provenance writes).',
                type: 'string',
                minLength: 1,
                default: 'https://slsa.dev/provenance/v1',
            },
            signer_workflow: {
                description: "The workflow that must have signed: OWNER/REPO/PATH, compared with the certificate's Build Signer URI at source_ref; append @REF to pin another ref (a reusable workflow).",
                type: 'string',
                minLength: 1,
                pattern: '^[^/\\s]+/[^/\\s]+/[^\\s]+$',
                default: '{repo}/.github/workflows/release.yml',
            },
            source_ref: {
                description: "The ref the attestation's source must be (the certificate's Source Repository Ref).",
                type: 'string',
                minLength: 1,
                default: 'refs/tags/{tag}',
            },
            source_digest: {
                description: "The commit the attestation's source must be (the certificate's Source Repository Digest).",
                type: 'string',
                minLength: 1,
                default: '{sha}',
            },
            deny_self_hosted_runners: {
                description: 'Refuse attestations made on self-hosted runners (the certificate says which kind of runner signed).',
                type: 'boolean',
                default: false,
            },
            trusted_root: {
                description: "Workspace path of a Sigstore trusted root JSON (GitHub Enterprise Server, GitHub's own Sigstore instance for private repositories: `gh attestation trusted-root`). Default: Sigstore's public-good root through TUF.",
                type: 'string',
                minLength: 1,
            },
            workflow: {
                ...assetParams.workflow,
            },
            max_download_bytes: {
                description: 'Largest file downloaded for hashing when GitHub gives no digest of it.',
                type: 'integer',
                minimum: 1,
                default: 2147483648,
            },
        },
    },
    checkParams(params) {
        release_assets.releaseAssetsGate.checkParams({
            ...params,
            required: params.subjects,
            checksums: 'sha256sums',
            checksums_file: 'sha256sums.txt',
            verify: 'digest',
        });
    },
    collect: collectAttestations,
    judge: judgeAttestations,
};
async function collectAttestations(params, ctx, facts) {
    const repo = ctx.repository;
    // Subjects are shaped like release_assets `required`, platforms_from included: read the list
    // as release_assets does (else a `{platform}` name would be looked for literally).
    const read = await (0,release_assets.readRequiredPlatforms)(params.subjects, ctx, facts);
    const names = (0,release_assets.requiredAssetNames)(read?.required ?? params.subjects);
    // The trusted root first: without it nothing can be verified, and the gate must say so
    // rather than report files as unattested.
    const trust = await sigstoreTrust(facts, { trustedRoot: params.trusted_root ?? null });
    const listing = await (0,releases/* listAssets */.qs)(facts, ctx, { source: params.source, workflow: params.workflow, names });
    const subjects = {};
    if (listing.absent)
        return { listing, trustSource: trust.source, names, subjects };
    await Promise.all(names.map(async (name) => {
        const asset = listing.assets[name];
        if (!asset || asset.expired)
            return;
        // A release asset's digest is GitHub's own record of its bytes; an artifact's digest is
        // the zip's unless it was uploaded unzipped, so artifacts are always hashed.
        const byApi = asset.origin.kind === 'release_asset' && asset.digest !== null;
        const sha256 = byApi ? asset.digest : await (0,releases/* hashAsset */.$e)(facts, repo, asset, params.max_download_bytes);
        subjects[name] = {
            sha256,
            via: byApi ? 'api_digest' : 'download',
            checks: await verifiedAttestations(facts, repo, sha256, trust),
        };
    }));
    return { listing, trustSource: trust.source, names, subjects };
}
function judgeAttestations(params, facts, ctx) {
    const { names } = facts;
    const links = facts.listing.link ? [facts.listing.link] : [];
    const expected = {
        signerUri: (0,claims/* expectedSignerUri */.rU)(ctx.serverUrl, params.signer_workflow, params.source_ref),
        repositoryUri: `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.repository.owner}/${ctx.repository.repo}`,
        ref: params.source_ref,
        digest: params.source_digest,
        denySelfHostedRunners: params.deny_self_hosted_runners,
    };
    const details = {
        source: params.source,
        where: facts.listing.where,
        trusted_root: facts.trustSource,
        predicate_type: params.predicate_type,
        expected: {
            signer: expected.signerUri,
            repository: expected.repositoryUri,
            ref: expected.ref,
            digest: expected.digest,
            github_hosted_only: expected.denySelfHostedRunners,
        },
    };
    if (facts.listing.absent) {
        return {
            status: 'fail',
            code: 'ASSET_MISSING',
            message: `None of the ${names.length} files to check can be found: ${facts.listing.absent}.`,
            details: { ...details, files: names.map((name) => ({ name, code: 'ASSET_MISSING' })) },
            links,
        };
    }
    const files = names.map((name) => fileVerdict(name, facts, params, expected));
    const verifiedSubjects = files
        .filter((file) => file.code === 'ATTESTED')
        .map((file) => ({ name: file.name, sha256: file.sha256 }));
    Object.assign(details, { files });
    const refused = files.filter((file) => file.code !== 'ATTESTED');
    if (refused.length === 0) {
        return {
            status: 'pass',
            code: 'ATTESTED',
            message: `All ${files.length} files in ${facts.listing.where} carry a valid ${params.predicate_type} attestation signed by ${expected.signerUri} from commit ${shortSha(expected.digest)}.`,
            details,
            links,
            verifiedSubjects,
        };
    }
    const worst = SEVERITY.find((code) => refused.some((file) => file.code === code));
    return {
        status: 'fail',
        code: worst,
        message: `${refused.length} of ${files.length} files in ${facts.listing.where} lack a valid attestation: ${refused.map((file) => `${file.name}: ${file.message}`).join('; ')}.`,
        details,
        links,
        verifiedSubjects,
    };
}
/** One file's outcome: attested when at least one attestation passes every check. */
function fileVerdict(name, facts, params, expected) {
    const subject = facts.subjects[name];
    const asset = facts.listing.assets[name];
    if (!subject) {
        return {
            name,
            sha256: null,
            code: 'ASSET_MISSING',
            message: asset?.expired ? `expired in ${facts.listing.where}` : `not in ${facts.listing.where}`,
        };
    }
    const { sha256, checks } = subject;
    const file = (code, message) => ({ name, sha256, code, message });
    if (checks.length === 0)
        return file(ATTESTATION_MISSING, `GitHub has no attestation of sha256:${sha256}`);
    const verified = checks.filter((check) => check.ok);
    const ofType = verified.filter((check) => check.predicateType === params.predicate_type);
    const problems = ofType.map((check) => ({ check, problem: (0,claims/* claimProblem */.un)(check.claims, expected) }));
    const good = problems.find(({ problem }) => problem === null);
    if (good) {
        const how = good.check.delivery === 'bundle_url' ? 'bundle fetched from bundle_url' : 'bundle inline';
        const signedAt = good.check.ok && good.check.signedAt ? `, signed ${good.check.signedAt}` : '';
        return {
            ...file('ATTESTED', `attested (${how}${signedAt})`),
            statement_sha256: good.check.ok ? good.check.statementSha256 : undefined,
        };
    }
    const claimed = problems.map(({ problem }) => problem);
    if (claimed.length > 0) {
        const worst = SEVERITY.find((code) => claimed.some((p) => p.code === code));
        return file(worst, claimed.find((p) => p.code === worst).message);
    }
    const invalid = checks.filter((check) => !check.ok);
    if (invalid.length > 0) {
        const count = invalid.length === 1 ? 'its attestation' : `all ${invalid.length} attestations`;
        return file(ATTESTATION_INVALID, `${count} failed verification: ${invalid[0].reason}`);
    }
    const types = [...new Set(verified.map((check) => (check.ok ? check.predicateType : '')))];
    return file(ATTESTATION_MISSING, `no attestation of predicate type ${params.predicate_type} (only ${types.join(', ')})`);
}
function shortSha(sha) {
    return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 12) : sha;
}


/***/ }),

/***/ 65038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vs: () => (/* binding */ nodeFetch)
/* harmony export */ });
/* unused harmony exports AnswerHeaders, NodeResponse */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19783);
/* harmony import */ var tunnel__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20770);
// GitHub requests over node:http and node:https, shaped as `fetch` for Octokit. Not fetch
// itself: Node's fetch, like the undici fetch @actions/github hands Octokit, compiles its
// HTTP parser to WebAssembly at the first request, and V8's optimising compile of it takes
// about 20 MiB, a fifth of an evaluation's memory. node:http parses with the runtime's own
// native parser.
//
// What fetch gave and this keeps: proxies from https_proxy/http_proxy and no_proxy (read by
// @actions/http-client's proxy rules, tunnelled as its HttpClient tunnels them), keep-alive
// connections, redirects (with the Authorization header dropped when the origin changes),
// AbortSignal (an aborted request rejects with the signal's reason), and failures below HTTP
// thrown as fetch throws them, a TypeError whose cause is the socket's error, so
// transport-errors.ts reads the same codes.
//
// Nor is an answer the global `Response`: the first one built loads Node's own copy of undici
// (about 50 ms and 13 MiB on Node 24) for a class that would only carry a status, headers and
// a body. `NodeResponse` carries them with the part of Response's interface that Octokit and
// answers.ts read.




const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
/** As fetch: a twenty-first redirect is an error. */
const MAX_REDIRECTS = 20;
// Keep-alive agents, chosen as @actions/http-client's HttpClient chooses them: a direct one, or
// a tunnel through the proxy its rules name for the URL. Not HttpClient itself: loading it loads
// the undici package too (a megabyte, for a fetch dispatcher this transport does not use).
const directAgents = {
    http: new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true }),
    https: new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true }),
};
const tunnelAgents = new Map();
function agentFor(url) {
    const secure = url.protocol === 'https:';
    const proxy = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_2__/* .getProxyUrl */ .s)(url);
    if (!proxy?.hostname)
        return secure ? directAgents.https : directAgents.http;
    const key = `${url.protocol} ${proxy.href}`;
    let agent = tunnelAgents.get(key);
    if (!agent) {
        const overHttps = proxy.protocol === 'https:';
        const options = {
            maxSockets: (node_http__WEBPACK_IMPORTED_MODULE_0___default().globalAgent).maxSockets,
            proxy: {
                host: proxy.hostname,
                port: proxy.port ? Number(proxy.port) : overHttps ? 443 : 80,
                // getProxyUrl's URL gives the name and password decoded.
                ...(proxy.username || proxy.password ? { proxyAuth: `${proxy.username}:${proxy.password}` } : {}),
            },
        };
        const make = secure
            ? overHttps
                ? tunnel__WEBPACK_IMPORTED_MODULE_3__.httpsOverHttps
                : tunnel__WEBPACK_IMPORTED_MODULE_3__.httpsOverHttp
            : overHttps
                ? tunnel__WEBPACK_IMPORTED_MODULE_3__.httpOverHttps
                : tunnel__WEBPACK_IMPORTED_MODULE_3__.httpOverHttp;
        agent = make(options);
        tunnelAgents.set(key, agent);
    }
    return agent;
}
/** A fetch-shaped request over node:http(s). */
function nodeFetch(url, init = {}) {
    return send(new URL(url), init, headersOf(init.headers), 0);
}
async function send(url, init, headers, redirects) {
    const signal = init.signal ?? undefined;
    if (signal?.aborted)
        throw signal.reason;
    const method = (init.method ?? 'GET').toUpperCase();
    const message = await new Promise((resolve, reject) => {
        const request = (url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default())).request(url, {
            method,
            headers,
            agent: agentFor(url),
            signal,
        });
        request.once('response', resolve);
        request.once('error', (error) => reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error })));
        request.end(init.body ?? undefined);
    });
    const status = message.statusCode ?? 0;
    const location = message.headers.location;
    if (REDIRECT_STATUSES.has(status) && location && (init.redirect ?? 'follow') !== 'manual') {
        message.resume(); // the redirect's own body is not read: free the connection
        if (init.redirect === 'error' || redirects >= MAX_REDIRECTS)
            throw new TypeError('fetch failed', {
                cause: new Error(`redirect not followed (${status} to ${location})`),
            });
        const next = new URL(location, url);
        const nextHeaders = { ...headers };
        // A token is for the host it was sent to, never for the storage a download redirects to.
        if (next.origin !== url.origin)
            delete nextHeaders.authorization;
        // 303, and 301/302 after a POST, turn into a GET without the body (as fetch does).
        const asGet = status === 303 || ((status === 301 || status === 302) && method === 'POST');
        if (asGet)
            for (const name of ['content-type', 'content-length'])
                delete nextHeaders[name];
        return send(next, { ...init, method: asGet && method !== 'HEAD' ? 'GET' : method, body: asGet ? null : init.body }, nextHeaders, redirects + 1);
    }
    const withoutBody = NULL_BODY_STATUSES.has(status) || method === 'HEAD';
    if (withoutBody)
        message.resume();
    return new NodeResponse(status, message.statusMessage ?? '', url.href, // the final URL, after redirects: Octokit reads it
    new AnswerHeaders(message.rawHeaders), withoutBody ? null : bodyOf(message, signal));
}
/** An answer's headers, read as fetch's `Headers` reads them: names in any case, repeats joined. */
class AnswerHeaders {
    #values = new Map();
    constructor(rawHeaders) {
        for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
            const name = rawHeaders[i].toLowerCase();
            const values = this.#values.get(name);
            if (values)
                values.push(rawHeaders[i + 1]);
            else
                this.#values.set(name, [rawHeaders[i + 1]]);
        }
    }
    get(name) {
        return this.#values.get(name.toLowerCase())?.join(', ') ?? null;
    }
    has(name) {
        return this.#values.has(name.toLowerCase());
    }
    /** Sorted by name, as Headers iterates; each set-cookie on its own, as Headers keeps them. */
    *entries() {
        for (const name of [...this.#values.keys()].sort()) {
            const values = this.#values.get(name);
            if (name === 'set-cookie')
                for (const value of values)
                    yield [name, value];
            else
                yield [name, values.join(', ')];
        }
    }
    [Symbol.iterator]() {
        return this.entries();
    }
}
/** An answer over node:http, with the part of fetch's Response that its readers use. */
class NodeResponse {
    status;
    statusText;
    url;
    headers;
    body;
    #used = false;
    constructor(status, statusText, url, headers, body) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.headers = headers;
        this.body = body;
    }
    get ok() {
        return this.status >= 200 && this.status <= 299;
    }
    get bodyUsed() {
        return this.#used;
    }
    /** The whole body; a connection cut short rejects as fetch's does (a TypeError, `terminated`). */
    async arrayBuffer() {
        if (this.#used)
            throw new TypeError('Body is unusable: Body has already been read');
        this.#used = true;
        const chunks = [];
        if (this.body) {
            const reader = this.body.getReader();
            for (let read = await reader.read(); !read.done; read = await reader.read())
                chunks.push(read.value);
        }
        const whole = Buffer.concat(chunks);
        return whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength);
    }
    async text() {
        return new TextDecoder().decode(await this.arrayBuffer());
    }
    async json() {
        return JSON.parse(await this.text());
    }
}
/**
 * The answer's body as a web stream. A connection that ends before the whole body arrived
 * errors it as fetch does (a TypeError, `terminated`), its cause saying so in words (node:http
 * says only `aborted`, which would read as a timeout of ours).
 */
function bodyOf(message, signal) {
    return new ReadableStream({
        start(controller) {
            message.on('data', (chunk) => {
                controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
                if ((controller.desiredSize ?? 0) <= 0)
                    message.pause();
            });
            message.once('end', () => controller.close());
            message.once('error', (error) => {
                if (signal?.aborted)
                    return controller.error(signal.reason);
                // node:http's own error (ECONNRESET, `aborted`) stays the cause, for transport-errors.ts.
                const cut = new Error('the connection closed before the whole answer arrived', { cause: error });
                controller.error(new TypeError('terminated', { cause: cut }));
            });
        },
        pull() {
            message.resume();
        },
        cancel(reason) {
            message.destroy(reason instanceof Error ? reason : undefined);
        },
    });
}
/** Request headers as node:http takes them, names lower-cased (so a redirect can drop one). */
function headersOf(given) {
    const headers = {};
    const entries = typeof given?.entries === 'function'
        ? [...given.entries()]
        : Object.entries(given ?? {});
    for (const [name, value] of entries)
        if (value !== undefined)
            headers[name.toLowerCase()] = String(value);
    return headers;
}


/***/ }),

/***/ 76298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bo: () => (/* binding */ FULCIO_OIDS),
/* harmony export */   rU: () => (/* binding */ expectedSignerUri),
/* harmony export */   un: () => (/* binding */ claimProblem)
/* harmony export */ });
/* unused harmony export GITHUB_ACTIONS_ISSUER */
// What a GitHub artifact attestation says about where it was made, and how that is compared
// with what the policy expects. Pure: no Sigstore code here, so the gate's judge can use it
// without loading the verifier.
/** Fulcio's certificate extensions for GitHub Actions tokens (docs: sigstore/fulcio oid-info.md). */
const FULCIO_OIDS = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
};
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The first way a verified certificate differs from what the policy expects, or null. The
 * signer comes first: a certificate from another workflow says nothing about the source.
 */
function claimProblem(claims, expected) {
    const said = (value) => (value === null ? 'nothing' : `'${value}'`);
    if (claims.issuer !== GITHUB_ACTIONS_ISSUER) {
        return {
            code: 'SIGNER_MISMATCH',
            message: `issued for ${said(claims.issuer)}, not GitHub Actions (${GITHUB_ACTIONS_ISSUER})`,
        };
    }
    if (claims.buildSignerUri !== expected.signerUri) {
        return {
            code: 'SIGNER_MISMATCH',
            message: `signed by workflow ${said(claims.buildSignerUri)}, expected '${expected.signerUri}'`,
        };
    }
    if (claims.sourceRepositoryUri !== expected.repositoryUri) {
        return {
            code: 'SOURCE_MISMATCH',
            message: `built from repository ${said(claims.sourceRepositoryUri)}, expected '${expected.repositoryUri}'`,
        };
    }
    if (claims.sourceRepositoryRef !== expected.ref) {
        return {
            code: 'SOURCE_MISMATCH',
            message: `built from ref ${said(claims.sourceRepositoryRef)}, expected '${expected.ref}'`,
        };
    }
    if (claims.sourceRepositoryDigest?.toLowerCase() !== expected.digest.toLowerCase()) {
        return {
            code: 'SOURCE_MISMATCH',
            message: `built from commit ${said(claims.sourceRepositoryDigest)}, expected '${expected.digest}'`,
        };
    }
    if (expected.denySelfHostedRunners && claims.runnerEnvironment !== 'github-hosted') {
        return {
            code: 'SELF_HOSTED_RUNNER',
            message: `built on a ${claims.runnerEnvironment === null ? 'runner of unknown kind' : `'${claims.runnerEnvironment}' runner`}; the policy accepts only GitHub-hosted runners`,
        };
    }
    return null;
}
/**
 * The Build Signer URI the policy expects. `signer_workflow` may pin its own ref
 * (`OWNER/REPO/.github/workflows/build.yml@refs/heads/main`, for a reusable workflow); without
 * one the workflow must have run at the source ref, as a tag-triggered release workflow does.
 */
function expectedSignerUri(serverUrl, signerWorkflow, sourceRef) {
    const pinned = signerWorkflow.includes('@');
    return `${serverUrl.replace(/\/+$/, '')}/${signerWorkflow}${pinned ? '' : `@${sourceRef}`}`;
}


/***/ }),

/***/ 19783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

};
