export const id = 55;
export const ids = [55];
export const modules = {

/***/ 55:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listTagNames: () => (/* binding */ listTagNames),
/* harmony export */   pickBaseTag: () => (/* binding */ pickBaseTag),
/* harmony export */   prefetchTagNames: () => (/* binding */ prefetchTagNames),
/* harmony export */   resolveBaseTag: () => (/* binding */ resolveBaseTag)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40440);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73116);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34926);
// The previous release: the highest semver tag strictly below the tag under evaluation. It is
// what `{base_tag}` means when the `base_tag` input is empty, so metric_budgets compares a
// release with the one before it. Tags that are not semver (`nightly`, `release-2024`) are
// not releases in this sense and are ignored.




/**
 * Starts reading the tag list when `tag` is a semver tag (its base tag will be picked from it).
 * Never throws: a failure surfaces where the base tag is resolved.
 */
function prefetchTagNames(facts, repo, tag) {
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tag))
        listTagNames(facts, repo).catch(() => undefined);
}
/**
 * The base tag of `tag` in `repo`, or null when `tag` is not semver or no semver tag is below
 * it. One request (`GET /repos/{o}/{r}/git/matching-refs/tags`, followed if paginated).
 */
async function resolveBaseTag(facts, repo, tag) {
    if (!semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tag))
        return null;
    return pickBaseTag(await listTagNames(facts, repo), tag);
}
/**
 * Every tag name of the repository (memoized: one read per evaluation, whoever starts it). An
 * entry that is not a tag ref makes the listing an error: an unreadable listing must not pick
 * a wrong (or no) base tag.
 */
function listTagNames(facts, repo) {
    return facts.memo(`tag-names:${repo.owner}/${repo.repo}`, async () => {
        const octokit = facts.github.octokit;
        let refs;
        try {
            refs = await octokit.paginate(octokit.rest.git.listMatchingRefs, {
                ...repo,
                ref: 'tags',
                per_page: 100,
            });
        }
        catch (error) {
            throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .toGateError */ .Vl)(error, `the tags of ${repo.owner}/${repo.repo}`);
        }
        return refs.map((entry) => {
            const ref = entry?.ref;
            if (typeof ref !== 'string' || !ref.startsWith('refs/tags/') || ref === 'refs/tags/') {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('API_ERROR', `GitHub listed something other than a tag among the tags of ${repo.owner}/${repo.repo} (GET /repos/${repo.owner}/${repo.repo}/git/matching-refs/tags): ${(0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(entry, 200)}`);
            }
            return ref.slice('refs/tags/'.length);
        });
    });
}
/**
 * The highest semver tag strictly below `tag` (semver precedence, so 1.2.0-rc.1 < 1.2.0 and
 * build metadata is ignored). Equal versions written differently (`v1.1.0`, `1.1.0`) prefer
 * the spelling of `tag`, then the greatest name, so the answer never depends on API order.
 */
function pickBaseTag(names, tag) {
    const target = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(tag);
    if (!target)
        return null;
    const prefixed = tag.startsWith('v');
    let best = null;
    for (const name of names) {
        const version = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(name);
        if (!version || semver__WEBPACK_IMPORTED_MODULE_0___default().compare(version, target) >= 0)
            continue;
        if (!best) {
            best = { name, version };
            continue;
        }
        const order = semver__WEBPACK_IMPORTED_MODULE_0___default().compare(version, best.version);
        const samePrecedenceButBetter = order === 0 &&
            (spellingRank(name, prefixed) - spellingRank(best.name, prefixed) || (name > best.name ? 1 : -1)) > 0;
        if (order > 0 || samePrecedenceButBetter)
            best = { name, version };
    }
    return best?.name ?? null;
}
/** 1 when `name` is written like the evaluated tag (with or without a leading `v`). */
function spellingRank(name, prefixed) {
    return name.startsWith('v') === prefixed ? 1 : 0;
}


/***/ })

};
