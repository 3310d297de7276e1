export const id = 4777;
export const ids = [4777];
export const modules = {

/***/ 74777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAjv: () => (/* binding */ createAjv)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
// Compiles JSON Schemas at run time: tests, and policies for gate types other than the
// registry's. The action's own validators are precompiled (src/policy/generated/), so this
// module, and Ajv with it, is only imported when needed.


// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"]) ?? (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()));
/** A strict Ajv for JSON Schema 2020-12; `useDefaults` fills parameter defaults in place. */
function createAjv(options = {}) {
    // verbose: errors carry their schema, which collapseOneOf needs to name the alternatives.
    const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020({
        allErrors: true,
        strict: true,
        verbose: true,
        useDefaults: options.useDefaults ?? false,
    });
    addFormats(ajv);
    return ajv;
}


/***/ })

};
