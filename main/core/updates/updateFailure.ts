import type { UpdaterFailure } from './updaterPort';

/**
 * A failed check or download in words a person can act on. The server's
 * own text (a 500 page, a stack) never reaches the screen.
 */
export function describeUpdateFailure(failure: UpdaterFailure): string {
  const { code, statusCode } = failure;
  if (code === 'ERR_UPDATER_INACTIVE') return 'this copy of Decompress cannot look for updates';
  if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' || statusCode === 404) {
    return 'the update server has no update information for this system';
  }
  if (statusCode !== null && statusCode >= 500) {
    return `the update server had a problem (HTTP ${statusCode}); Decompress will try again later`;
  }
  if (statusCode !== null) return `the update server refused the request (HTTP ${statusCode})`;
  if (
    code === 'ERR_UPDATER_INVALID_UPDATE_INFO' ||
    code === 'ERR_UPDATER_INVALID_VERSION' ||
    code === 'ERR_UPDATER_NO_FILES_PROVIDED' ||
    code === 'ERR_UPDATER_NO_CHECKSUM'
  ) {
    return 'the update information on the server could not be read';
  }
  if (code === 'ERR_CHECKSUM_MISMATCH' || code === 'ERR_UPDATER_INVALID_SIGNATURE') {
    return 'the downloaded update did not match what the server promised, so it was thrown away';
  }
  if (
    code !== null &&
    /^(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|net::ERR_)/.test(
      code,
    )
  ) {
    return 'the update server could not be reached; check the internet connection';
  }
  return 'something went wrong (the log has the details)';
}
