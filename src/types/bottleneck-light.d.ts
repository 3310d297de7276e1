// bottleneck/light (the build the Octokit plugins use) ships no types of its own; it has
// the same API as the full build.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
