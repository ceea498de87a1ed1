/** The versions of FORMAT.md this powercat reads (`formatVersion` in powercat.yaml; absent = 1). */
export const FORMAT_VERSIONS = [1, 2] as const;
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];
export const LATEST_FORMAT_VERSION: FormatVersion = 2;
