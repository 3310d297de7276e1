export const id = 6331;
export const ids = [6331];
export const modules = {

/***/ 6331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeSecrets: () => (/* binding */ judgeSecrets),
/* harmony export */   secretsPresentGate: () => (/* binding */ secretsPresentGate)
/* harmony export */ });
const secretsPresentGate = {
    type: 'secrets_present',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['env'],
        properties: {
            env: {
                description: 'Environment variables that must be set and non-empty, optionally starting with a prefix.',
                type: 'array',
                minItems: 1,
                items: {
                    anyOf: [
                        { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                        {
                            type: 'object',
                            additionalProperties: false,
                            required: ['name'],
                            properties: {
                                name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                                prefix: { type: 'string', minLength: 1 },
                            },
                        },
                    ],
                },
            },
        },
    },
    async collect(params, _ctx, facts) {
        return params.env.map((spec) => {
            const { name, prefix } = typeof spec === 'string' ? { name: spec, prefix: undefined } : spec;
            const value = facts.env[name];
            const present = typeof value === 'string' && value.trim() !== '';
            return {
                name,
                prefix: prefix ?? null,
                present,
                prefixOk: present && (!prefix || value.startsWith(prefix)),
            };
        });
    },
    judge: judgeSecrets,
};
function judgeSecrets(_params, secrets) {
    const missing = secrets.filter((s) => !s.present).map((s) => s.name);
    const badFormat = secrets.filter((s) => s.present && !s.prefixOk);
    const details = { checked: secrets.map((s) => s.name), missing, bad_format: badFormat.map((s) => s.name) };
    if (missing.length) {
        return {
            status: 'fail',
            code: 'MISSING_SECRET',
            message: `Not set or empty: ${missing.join(', ')}. Pass ${missing.length > 1 ? 'them' : 'it'} to the step with env: (e.g. ${missing[0]}: \${{ secrets.${missing[0]} }}).`,
            details,
        };
    }
    if (badFormat.length) {
        return {
            status: 'fail',
            code: 'SECRET_FORMAT',
            message: badFormat.map((s) => `${s.name} does not start with '${s.prefix}'`).join('; ') + '.',
            details,
        };
    }
    return {
        status: 'pass',
        code: 'SECRETS_PRESENT',
        message: `All ${secrets.length} secrets are set: ${secrets.map((s) => s.name).join(', ')}.`,
        details,
    };
}


/***/ })

};
