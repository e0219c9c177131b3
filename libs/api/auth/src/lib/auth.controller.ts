import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { CurrentUser, SessionState } from '@gp/domain';
import { ALL_ROLES, CurrentUserDto, Public, Roles, SignedInUser } from '@gp/api/core';
import { AuthService } from './auth.service';
import { CsrfTokens } from './csrf-protection.middleware';
import { ChangePasswordDto } from './dto/change-password.dto';
import { SessionStateDto } from './dto/session-state.dto';
import { SignInDto } from './dto/sign-in.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { SESSION_COOKIE } from './http-session.middleware';
import { SessionStore } from './session-store.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly csrf: CsrfTokens,
    private readonly sessions: SessionStore,
  ) {}

  @Get('session')
  @Public()
  @ApiOperation({
    summary: 'Who is signed in, and the CSRF token for writes (stores nothing for anonymous visitors)',
  })
  @ApiOkResponse({ type: SessionStateDto })
  async session(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionState> {
    const user = req.session.userId
      ? await this.auth.findSignedInUser(req.session.userId, req.sessionID)
      : null;
    return { user, csrfToken: this.csrf.issue(req, res) };
  }

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password (failed attempts are rate limited)' })
  @ApiOkResponse({ type: SessionStateDto })
  async signIn(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Body() body: SignInDto,
  ): Promise<SessionState> {
    const user = await this.auth.verifyCredentials(body.email, body.password);
    await this.sessions.start(req, user.id);
    return { user, csrfToken: this.csrf.issue(req, res, true) };
  }

  @Post('sign-out')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'End the session' })
  @ApiOkResponse({ type: SessionStateDto })
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionState> {
    await this.sessions.end(req);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { user: null, csrfToken: this.csrf.issue(req, res, true) };
  }

  @Post('password')
  @Roles(...ALL_ROLES)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Change one’s own password: this session goes on under a new id (with a new CSRF token), other sessions are signed out and an email confirms it',
  })
  @ApiOkResponse({ type: SessionStateDto })
  async changePassword(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @SignedInUser() user: CurrentUser,
    @Body() body: ChangePasswordDto,
  ): Promise<SessionState> {
    await this.auth.changePassword(user.id, body);
    await this.sessions.start(req, user.id);
    await this.sessions.endOtherSessions(user.id, req.sessionID);
    return { user, csrfToken: this.csrf.issue(req, res, true) };
  }

  @Patch('profile')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Set one’s own language' })
  @ApiOkResponse({ type: CurrentUserDto })
  updateProfile(@SignedInUser() user: CurrentUser, @Body() body: UpdateProfileDto): Promise<CurrentUser> {
    return this.auth.setLanguage(user.id, body.language);
  }
}
