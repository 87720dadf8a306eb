import { AssetsController } from './assets/assets.controller';
import { BoardController } from './board/board.controller';
import { ImportPageController } from './import/import-page.controller';
import { SignInController } from './sign-in/sign-in.controller';

/** The workspace's pages, served under /app by the API's own process, on its own query and command handlers. */
export const WEB_CONTROLLERS = [AssetsController, SignInController, BoardController, ImportPageController];
