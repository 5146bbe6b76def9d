import type { RequestOptions } from 'node:http';
import { NodeHttpExecutor } from 'builder-util/out/nodeHttpExecutor';
import {
  configureRequestOptions,
  configureRequestUrl,
  type DownloadOptions,
} from 'builder-util-runtime';

/**
 * electron-updater's HTTP executor with Node's http in place of Electron's
 * net: electron-builder's NodeHttpExecutor (requests) plus the download
 * method electron-updater's ElectronHttpExecutor adds, written the same way
 * over the same base class, so checksums, redirects and progress are the
 * library's own code.
 */
export class NodeUpdateHttpExecutor extends NodeHttpExecutor {
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error ? reject(error) : resolve(destination)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}
