import { Controller, Get, Headers, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../auth';
import { webAssets } from './web-assets';

const YEAR = 31_536_000;

/** The workspace's stylesheet and scripts, from this server only (it must work on an intranet with no internet). */
@ApiExcludeController()
@Public()
@Controller('app/assets')
export class AssetsController {
  @Get(':name')
  serve(
    @Param('name') name: string,
    @Query('v') version: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): void {
    const asset = webAssets().get(name);
    if (asset === undefined) throw new NotFoundException({ code: 'NOT_FOUND', detail: 'No such asset' });
    const etag = `"${asset.version}"`;
    // A versioned URL never changes content; an unversioned one (a module's import) is revalidated.
    const caching = version === asset.version ? `public, max-age=${YEAR}, immutable` : 'no-cache';
    void reply.header('ETag', etag).header('Cache-Control', caching);
    if (ifNoneMatch === etag) return void reply.status(304).send();
    void reply.type(asset.type).send(asset.body);
  }
}
