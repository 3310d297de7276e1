// snappyjs ships no types. The block format only: what GitHub's attestation storage serves.
declare module 'snappyjs' {
  const snappy: {
    uncompress(input: Buffer | Uint8Array | ArrayBuffer, maxLength?: number): Uint8Array;
    compress(input: Buffer | Uint8Array | ArrayBuffer): Uint8Array;
  };
  export default snappy;
}
