import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Calendar feed secrets are kept as their SHA-256 only. Existing secrets are hashed in place, so
 * the addresses people subscribed to keep working; when they were made was never recorded (null).
 * `down` cannot recover a secret from its hash: after it, every feed address must be renewed.
 */
export class HashedFeedTokens1795600000000 implements MigrationInterface {
    name = 'HashedFeedTokens1795600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."UQ_user_account_calendar_token"`);
        await queryRunner.query(`ALTER TABLE "user_account" RENAME COLUMN "calendar_token" TO "calendar_token_hash"`);
        await queryRunner.query(`UPDATE "user_account" SET "calendar_token_hash" = encode(sha256(convert_to("calendar_token_hash", 'UTF8')), 'hex') WHERE "calendar_token_hash" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "user_account" ADD "calendar_token_created_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_account_calendar_token_hash" ON "user_account" ("calendar_token_hash") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."UQ_user_account_calendar_token_hash"`);
        await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "calendar_token_created_at"`);
        await queryRunner.query(`UPDATE "user_account" SET "calendar_token_hash" = NULL`);
        await queryRunner.query(`ALTER TABLE "user_account" RENAME COLUMN "calendar_token_hash" TO "calendar_token"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_account_calendar_token" ON "user_account" ("calendar_token") `);
    }

}
