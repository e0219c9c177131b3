import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { reportingCurrencyOf, type Organisation } from '@gp/domain';
import { ALL_ROLES, APP_CONFIG, AppConfig, Roles } from '@gp/api/core';

/** Whom the desk serves: the name its reports are signed with, its country and reporting currency. */
@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'The organisation’s name (null until set), country and reporting currency' })
  get(): Organisation {
    return {
      name: this.config.organisationName,
      country: this.config.country,
      reportingCurrency: reportingCurrencyOf(this.config.country),
    };
  }
}
