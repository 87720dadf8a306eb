import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'auth:public';

/** The route (or every route of the controller) answers without a bearer token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
