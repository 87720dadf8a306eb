export * from './authenticated-user';
export * from './auth.guard';
export * from './current-user.decorator';
export * from './lifecycle-command.decorator';
export * from './public.decorator';
export * from './roles.decorator';
export * from './user-directory.provider';
export * from './whoami.controller';
