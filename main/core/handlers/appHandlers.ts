import type { appChannels } from '../../../shared/ipc/appChannels';
import type { NoticeBoard } from '../notices';
import type { ShellPorts } from '../ports';
import type { Handlers } from '../ipc/router';

type AppHandlers = Pick<Handlers, keyof typeof appChannels>;

export function appHandlers(shell: ShellPorts, notices: NoticeBoard): AppHandlers {
  return {
    getAppInfo: () => shell.app.info,
    openWindow: ({ route }) => shell.windows.open(route),
    closeWindow: (_arg, ctx) => shell.windows.closeWindow(ctx.windowId),
    // The URL was already checked to be https by the contract's validator.
    openExternal: ({ url }) => shell.links.open(url),
    getNotices: () => notices.list(),
    dismissNotice: ({ id }) => notices.dismiss(id),
  };
}
