// picomatch ships no types; this is the one call powercat makes.
declare module 'picomatch' {
  export default function picomatch(glob: string | readonly string[], options?: { dot?: boolean }): (path: string) => boolean;
}
