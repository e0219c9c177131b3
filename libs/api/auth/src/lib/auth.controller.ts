import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { CurrentUser, SessionState } from '@gp/domain';
import { ALL_ROLES, CurrentUserDto, Public, Roles, SignedInUser } from '@gp/api/core';
import { AuthService } from './auth.service';
import { csrfTokenOf } from './csrf-protection.middleware';
import { ChangePasswordDto } from './dto/change-password.dto';
import { SessionStateDto } from './dto/session-state.dto';
import { SignInDto } from './dto/sign-in.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { SessionStore } from './session-store.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionStore,
  ) {}

  @Get('session')
  @Public()
  @ApiOperation({ summary: 'Who is signed in, and the CSRF token for writes' })
  @ApiOkResponse({ type: SessionStateDto })
  async session(@Req() req: Request): Promise<SessionState> {
    const user = req.session.userId ? await this.auth.findActiveUser(req.session.userId) : null;
    return { user, csrfToken: csrfTokenOf(req) };
  }

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password (failed attempts are rate limited)' })
  @ApiOkResponse({ type: SessionStateDto })
  async signIn(@Req() req: Request, @Body() body: SignInDto): Promise<SessionState> {
    const user = await this.auth.verifyCredentials(body.email, body.password);
    // A new session id on sign-in, so a session id planted before it is worth nothing.
    await this.sessions.regenerate(req);
    req.session.userId = user.id;
    const csrfToken = csrfTokenOf(req, true);
    await this.sessions.save(req);
    return { user, csrfToken };
  }

  @Post('sign-out')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'End the session' })
  @ApiOkResponse({ type: SessionStateDto })
  async signOut(@Req() req: Request): Promise<SessionState> {
    await this.sessions.regenerate(req);
    return { user: null, csrfToken: csrfTokenOf(req, true) };
  }

  @Post('password')
  @Roles(...ALL_ROLES)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change one’s own password; other sessions are signed out and an email confirms it',
  })
  async changePassword(
    @Req() req: Request,
    @SignedInUser() user: CurrentUser,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    await this.auth.changePassword(user.id, body);
    await this.sessions.endOtherSessions(user.id, req.sessionID);
  }

  @Patch('profile')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Set one’s own language' })
  @ApiOkResponse({ type: CurrentUserDto })
  updateProfile(@SignedInUser() user: CurrentUser, @Body() body: UpdateProfileDto): Promise<CurrentUser> {
    return this.auth.setLanguage(user.id, body.language);
  }
}
