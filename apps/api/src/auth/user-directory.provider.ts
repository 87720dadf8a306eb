import { Logger, type Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UserDirectory } from '@app/users';

/** The directory of the configured users file; its problems go to the log, never to callers. */
export const userDirectoryProvider: Provider = {
  provide: UserDirectory,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    const logger = new Logger('Users');
    return new UserDirectory(config.usersFile, { onProblem: (message) => logger.warn(message) });
  },
};
