// powercat never downloads a browser: it uses Debian's chromium (or one named with --browser /
// PUPPETEER_EXECUTABLE_PATH), found at run time. This keeps `npm ci` working without internet
// access beyond the npm registry.
module.exports = { skipDownload: true };
