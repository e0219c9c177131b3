import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fromBuffer } from 'file-type';
import { DataSource } from 'typeorm';
import {
  embedOriginOf,
  LOGO_MOST_BYTES,
  LOGO_TYPES,
  reportingCurrencyOf,
  type CurrentUser,
  type LogoType,
  type Organisation,
  type OrganisationSettings,
  type UpdateOrganisationSettingsInput,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError } from '@gp/api/core';
import { OrganisationSettingsEntity } from '@gp/api/data';

const ROW = 1;
/** The embedding origins are read on every public answer; an administrator's change shows within this. */
const ORIGINS_FRESH_MS = 5_000;
/** Base64 as a browser's FileReader or `btoa` writes it. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The organisation's settings: its name (else ORGANISATION_NAME), its logo and the web sites that
 * may embed the public page. One row, created by the first save.
 */
@Injectable()
export class OrganisationSettingsService {
  private origins: { at: number; list: readonly string[] } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get rows() {
    return this.dataSource.getRepository(OrganisationSettingsEntity);
  }

  async organisation(): Promise<Organisation> {
    const row = await this.rows.findOneBy({ id: ROW });
    return {
      name: row?.name ?? this.config.organisationName,
      country: this.config.country,
      reportingCurrency: reportingCurrencyOf(this.config.country),
      hasLogo: row?.logoType != null,
    };
  }

  async settings(): Promise<OrganisationSettings> {
    return toSettings(await this.rows.findOneBy({ id: ROW }));
  }

  /** Saves under the version read; a stale one gets 409 with the current settings. */
  async update(user: CurrentUser, input: UpdateOrganisationSettingsInput): Promise<OrganisationSettings> {
    const embedOrigins = [...new Set(input.embedOrigins.map((origin) => embedOriginOf(origin) as string))];
    const [, changed] = (await this.dataSource.query(
      `UPDATE organisation_settings
          SET name = $2, embed_origins = $3, version = version + 1, updated_by_id = $4, updated_at = now()
        WHERE id = $1 AND version = $5`,
      [ROW, input.name?.trim() || null, embedOrigins, user.id, input.version],
    )) as [unknown, number];
    this.origins = null;
    const current = await this.settings();
    if (!changed) throw DomainError.staleVersion(current);
    return current;
  }

  /** Replaces the logo: a PNG, JPEG or WebP image, told by its bytes. */
  async putLogo(user: CurrentUser, contentBase64: string): Promise<OrganisationSettings> {
    const base64 = contentBase64.replace(/\s/g, '');
    if (!BASE64.test(base64) || base64.length % 4 !== 0)
      throw DomainError.invalid('contentBase64', 'contentBase64 must be the image as base64 text');
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length === 0) throw DomainError.invalid('contentBase64', 'The logo is empty');
    if (bytes.length > LOGO_MOST_BYTES)
      throw DomainError.invalid(
        'contentBase64',
        `The logo is ${Math.ceil(bytes.length / 1024)} kB; it may be at most ${LOGO_MOST_BYTES / 1024} kB`,
      );
    const type = (await fromBuffer(bytes))?.mime;
    if (!(LOGO_TYPES as readonly string[]).includes(type ?? ''))
      throw DomainError.invalid(
        'contentBase64',
        `The logo must be a PNG, JPEG or WebP image${type ? ` (this is ${type})` : ''}`,
      );
    await this.dataSource.query(
      `UPDATE organisation_settings
          SET logo = $2, logo_type = $3, updated_by_id = $4, updated_at = now(), version = version + 1
        WHERE id = $1`,
      [ROW, bytes, type, user.id],
    );
    return this.settings();
  }

  /** Removes the logo; with none set, nothing is written. */
  async removeLogo(user: CurrentUser): Promise<OrganisationSettings> {
    await this.dataSource.query(
      `UPDATE organisation_settings
          SET logo = NULL, logo_type = NULL, updated_by_id = $2, updated_at = now(), version = version + 1
        WHERE id = $1 AND logo_type IS NOT NULL`,
      [ROW, user.id],
    );
    return this.settings();
  }

  /** The logo's bytes and type, or null when none is set. */
  async logo(): Promise<{ bytes: Buffer; type: LogoType } | null> {
    const rows: Array<{ logo: Buffer | null; logo_type: LogoType | null }> = await this.dataSource.query(
      `SELECT logo, logo_type FROM organisation_settings WHERE id = $1`,
      [ROW],
    );
    const row = rows[0];
    return row?.logo && row.logo_type ? { bytes: row.logo, type: row.logo_type } : null;
  }

  /** The origins allowed to embed the public page, read at most every few seconds. */
  async embedOrigins(): Promise<readonly string[]> {
    if (this.origins && Date.now() - this.origins.at < ORIGINS_FRESH_MS) return this.origins.list;
    const row = await this.rows.findOne({ where: { id: ROW }, select: { id: true, embedOrigins: true } });
    this.origins = { at: Date.now(), list: row?.embedOrigins ?? [] };
    return this.origins.list;
  }
}

function toSettings(row: OrganisationSettingsEntity | null): OrganisationSettings {
  if (!row) throw new Error('The organisation_settings row is missing: run the migrations');
  return {
    name: row.name,
    embedOrigins: row.embedOrigins,
    hasLogo: row.logoType !== null,
    logoType: row.logoType,
    version: row.version,
  };
}
