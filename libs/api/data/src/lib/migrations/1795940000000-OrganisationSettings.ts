import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The organisation's settings (issue 15): its name, logo and the web sites that may embed the
 * public project list. One row, id 1, with nothing set: the name stays ORGANISATION_NAME's.
 */
export class OrganisationSettings1795940000000 implements MigrationInterface {
    name = 'OrganisationSettings1795940000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "organisation_settings" ("id" smallint NOT NULL, "name" text, "embed_origins" text array NOT NULL DEFAULT '{}', "logo" bytea, "logo_type" character varying(20), "version" integer NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_organisation_settings_one_row" CHECK ("id" = 1), CONSTRAINT "PK_organisation_settings" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "organisation_settings" ADD CONSTRAINT "FK_organisation_settings_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`INSERT INTO "organisation_settings" ("id", "version") VALUES (1, 1)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organisation_settings" DROP CONSTRAINT "FK_organisation_settings_updated_by"`);
        await queryRunner.query(`DROP TABLE "organisation_settings"`);
    }
}
