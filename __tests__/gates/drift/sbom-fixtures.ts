// SBOM documents shared by the SBOM parser, sbom_licenses and integration tests.

/** GitHub's dependency-graph export, abridged from the API documentation's example. */
export const GITHUB_SPDX = {
  SPDXID: 'SPDXRef-DOCUMENT',
  spdxVersion: 'SPDX-2.3',
  creationInfo: { created: '2026-03-01T12:00:00Z', creators: ['Tool: GitHub.com-Dependency-Graph'] },
  name: 'com.github.acme/plasmite',
  dataLicense: 'CC0-1.0',
  documentDescribes: ['SPDXRef-com.github.acme-plasmite'],
  documentNamespace: 'https://github.com/acme/plasmite/dependency_graph/sbom-123',
  packages: [
    {
      SPDXID: 'SPDXRef-npm-lodash-4.17.21',
      name: 'npm:lodash',
      versionInfo: '4.17.21',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'MIT',
      licenseDeclared: 'MIT',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceLocator: 'pkg:npm/lodash@4.17.21',
          referenceType: 'purl',
        },
      ],
    },
    {
      SPDXID: 'SPDXRef-cargo-serde-1.0.0',
      name: 'cargo:serde',
      versionInfo: '1.0.0',
      licenseDeclared: 'MIT OR Apache-2.0',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceLocator: 'pkg:cargo/serde@1.0.0',
          referenceType: 'purl',
        },
      ],
    },
    {
      SPDXID: 'SPDXRef-pip-mystery-0.1',
      name: 'pip:mystery',
      versionInfo: '0.1',
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
    },
    {
      SPDXID: 'SPDXRef-com.github.acme-plasmite',
      name: 'com.github.acme/plasmite',
      versionInfo: 'main',
      downloadLocation: 'git+https://github.com/acme/plasmite',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceLocator: 'pkg:github/acme/plasmite@main',
          referenceType: 'purl',
        },
      ],
    },
  ],
  relationships: [
    {
      relationshipType: 'DEPENDS_ON',
      spdxElementId: 'SPDXRef-com.github.acme-plasmite',
      relatedSpdxElement: 'SPDXRef-npm-lodash-4.17.21',
    },
    {
      relationshipType: 'DESCRIBES',
      spdxElementId: 'SPDXRef-DOCUMENT',
      relatedSpdxElement: 'SPDXRef-com.github.acme-plasmite',
    },
  ],
};

export const CYCLONEDX = {
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  version: 1,
  metadata: { component: { type: 'application', name: 'plasmite', version: '1.2.0' } },
  components: [
    {
      type: 'library',
      name: 'left-pad',
      version: '1.3.0',
      purl: 'pkg:npm/left-pad@1.3.0',
      licenses: [{ license: { id: 'WTFPL' } }],
    },
    {
      type: 'library',
      group: 'org.apache.commons',
      name: 'commons-lang3',
      version: '3.14.0',
      purl: 'pkg:maven/org.apache.commons/commons-lang3@3.14.0',
      licenses: [{ expression: 'Apache-2.0 OR MIT' }],
      components: [
        {
          type: 'library',
          name: 'shaded-inner',
          version: '0.1',
          licenses: [{ license: { id: 'MIT' } }, { license: { id: 'BSD-3-Clause' } }],
        },
      ],
    },
    { type: 'library', name: 'custom', version: '2', licenses: [{ license: { name: 'Acme Proprietary' } }] },
    { type: 'library', name: 'bare', version: '3' },
  ],
};
