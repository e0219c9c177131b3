import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * "Forgot password" links (issue 15): the SHA-256 of each link's secret, when it expires and when
 * it was used, so a link works once and for an hour.
 */
export class PasswordResets1795930000000 implements MigrationInterface {
    name = 'PasswordResets1795930000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_password_reset" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_password_reset_token_hash" ON "password_reset" ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "password_reset" ADD CONSTRAINT "FK_password_reset_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "password_reset" DROP CONSTRAINT "FK_password_reset_user"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_password_reset_token_hash"`);
        await queryRunner.query(`DROP TABLE "password_reset"`);
    }
}
