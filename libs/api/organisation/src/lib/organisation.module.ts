import { Module } from '@nestjs/common';
import { OrganisationController } from './organisation.controller';
import { OrganisationSettingsService } from './organisation-settings.service';

/** The organisation's name, logo and embedding origins: read by the public page, set by an administrator. */
@Module({
  controllers: [OrganisationController],
  providers: [OrganisationSettingsService],
  exports: [OrganisationSettingsService],
})
export class OrganisationModule {}
