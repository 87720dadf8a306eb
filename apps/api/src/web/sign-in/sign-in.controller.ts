import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { UserDirectory, hashToken } from '@app/users';
import type { FastifyReply } from 'fastify';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import {
  Public,
  SessionStore,
  clearSessionCookie,
  sessionIdOf,
  setSessionCookie,
  type AuthenticatedRequest,
} from '../../auth';
import { clearCookie, cookiesOf, setCookie } from '../../http/cookies';
import { LANGUAGE_COOKIE, isLocale } from '../i18n/locales';
import { sendPage } from '../send-page';
import { Web, webContextOf, type WebContext } from '../web-context';
import { WebPageFilter, safeNext } from '../web-page.filter';
import { signInPage } from './sign-in.view';

/** Guards the sign-in form itself (before any session): the form's token must match this cookie's. */
const SIGN_IN_COOKIE = 'rfu_sign_in';
const YEAR_SECONDS = 31_536_000;

interface SignInBody {
  token?: unknown;
  _csrf?: unknown;
  next?: unknown;
}

const signInCookie = (request: AuthenticatedRequest) => ({
  path: '/app/sign-in',
  httpOnly: true,
  sameSite: 'Strict' as const,
  secure: request.protocol === 'https',
});

const sameText = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Sign-in with a token into a session cookie, sign-out, and the language choice. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller()
export class SignInController {
  constructor(
    private readonly users: UserDirectory,
    private readonly sessions: SessionStore,
  ) {}

  @Public()
  @Get()
  root(@Res() reply: FastifyReply): void {
    void reply.redirect('/app', 302);
  }

  @Public()
  @Get('app/sign-in')
  form(
    @Web() web: WebContext,
    @Query('next') next: string | undefined,
    @Query('ended') ended: string | undefined,
    @Query('out') out: string | undefined,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): void {
    const notice =
      out === '1' ? web.t.signIn.signedOut : ended === '1' ? web.t.signIn.sessionEnded : undefined;
    this.answerForm(request, reply, web, { next: safeNext(next), notice });
  }

  @Public()
  @Post('app/sign-in')
  signIn(@Body() body: SignInBody, @Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): void {
    const web = webContextOf(request);
    const next = safeNext(body?.next);
    const expected = cookiesOf(request)[SIGN_IN_COOKIE];
    const presented = typeof body?._csrf === 'string' ? body._csrf : '';
    if (expected === undefined || !sameText(expected, presented)) {
      return this.answerForm(request, reply, web, { next, tokenError: web.t.signIn.formExpired }, 403);
    }
    const token = typeof body?.token === 'string' ? body.token.trim() : '';
    if (token === '') {
      return this.answerForm(request, reply, web, { next, tokenError: web.t.signIn.tokenRequired }, 400);
    }
    const user = this.users.authenticate(token);
    // A 401 counts against the address's failed sign-ins, exactly as a bad bearer token does.
    if (!user)
      return this.answerForm(request, reply, web, { next, tokenError: web.t.signIn.tokenUnknown }, 401);
    const previous = sessionIdOf(request);
    if (previous !== undefined) this.sessions.end(previous);
    const { id } = this.sessions.start(user.id, hashToken(token));
    setSessionCookie(request, reply, id);
    clearCookie(reply, SIGN_IN_COOKIE, signInCookie(request));
    void reply.redirect(next, 303);
  }

  @Post('app/sign-out')
  signOut(@Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): void {
    const id = sessionIdOf(request);
    if (id !== undefined) this.sessions.end(id);
    clearSessionCookie(request, reply);
    void reply.redirect('/app/sign-in?out=1', 303);
  }

  /** Remembers the language in a cookie and goes back to the page it was chosen on. */
  @Public()
  @Get('app/language')
  language(
    @Query('lang') lang: string | undefined,
    @Query('back') back: string | undefined,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): void {
    if (isLocale(lang)) {
      setCookie(reply, LANGUAGE_COOKIE, lang, {
        path: '/',
        sameSite: 'Lax',
        secure: request.protocol === 'https',
        maxAge: YEAR_SECONDS,
      });
    }
    void reply.redirect(safeNext(back), 303);
  }

  private answerForm(
    request: AuthenticatedRequest,
    reply: FastifyReply,
    web: WebContext,
    form: { next: string; tokenError?: string; notice?: string },
    status = 200,
  ): void {
    const formToken = randomBytes(24).toString('base64url');
    setCookie(reply, SIGN_IN_COOKIE, formToken, signInCookie(request));
    sendPage(reply, signInPage(web, { ...form, formToken }), status);
  }
}
