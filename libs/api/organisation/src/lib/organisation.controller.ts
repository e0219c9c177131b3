import { Body, Controller, Delete, Get, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { CurrentUser, Organisation, OrganisationSettings } from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import {
  OrganisationDto,
  OrganisationSettingsDto,
  UpdateOrganisationSettingsDto,
  UploadLogoDto,
} from './organisation-settings.dto';
import { OrganisationSettingsService } from './organisation-settings.service';

/**
 * Whom the desk serves: the name its reports and public page are signed with, its country and
 * reporting currency; and, for an administrator, the settings behind them.
 */
@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationSettingsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: OrganisationDto })
  get(): Promise<Organisation> {
    return this.organisation.organisation();
  }

  @Get('settings')
  @Roles('admin')
  @ApiOkResponse({ type: OrganisationSettingsDto })
  settings(): Promise<OrganisationSettings> {
    return this.organisation.settings();
  }

  @Put('settings')
  @Roles('admin')
  @ApiOkResponse({ type: OrganisationSettingsDto })
  @ApiConflictResponse({ description: 'Someone saved the settings since you read them' })
  update(
    @SignedInUser() user: CurrentUser,
    @Body() body: UpdateOrganisationSettingsDto,
  ): Promise<OrganisationSettings> {
    return this.organisation.update(user, body);
  }

  @Put('logo')
  @Roles('admin')
  @ApiOkResponse({ type: OrganisationSettingsDto })
  @ApiUnprocessableEntityResponse({ description: 'Not a PNG, JPEG or WebP image, or above 256 kB' })
  putLogo(@SignedInUser() user: CurrentUser, @Body() body: UploadLogoDto): Promise<OrganisationSettings> {
    return this.organisation.putLogo(user, body.contentBase64);
  }

  @Delete('logo')
  @Roles('admin')
  @ApiOkResponse({ type: OrganisationSettingsDto })
  removeLogo(@SignedInUser() user: CurrentUser): Promise<OrganisationSettings> {
    return this.organisation.removeLogo(user);
  }
}
