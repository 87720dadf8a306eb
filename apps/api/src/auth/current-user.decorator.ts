import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { AuthenticatedRequest, AuthenticatedUser } from './authenticated-user';

/** The authenticated caller `{ id, roles }`, set by the auth guard; never taken from the body. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const { user } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!user)
      throw new Error(
        '@CurrentUser() used on a route the auth guard did not authenticate (a @Public() one?)',
      );
    return user;
  },
);
