import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@gp/api/core';
import { PasswordResetRequestDto } from '../dto/password-reset-request.dto';
import { PasswordResetDto } from '../dto/password-reset.dto';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller('auth')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post('password-reset-requests')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Forgot password: emails a single-use link, valid one hour, to an active account; the same answer whether the address is one or not (rate limited per address and per client)',
  })
  @ApiAcceptedResponse({ description: 'Always, for any well-formed address' })
  requestLink(@Body() body: PasswordResetRequestDto): void {
    this.resets.sendLinkLater(body.email);
  }

  @Post('password-resets')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Sets a new password through an emailed link: the link stops working, every session of the account ends and an email confirms it',
  })
  @ApiNoContentResponse()
  reset(@Body() body: PasswordResetDto): Promise<void> {
    return this.resets.reset(body);
  }
}
