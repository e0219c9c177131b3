import { MigrationInterface, QueryRunner } from "typeorm";

export class CalendarFeed1795395424113 implements MigrationInterface {
    name = 'CalendarFeed1795395424113'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_account" ADD "calendar_token" character varying(64)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_account_calendar_token" ON "user_account"  ("calendar_token") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."UQ_user_account_calendar_token"`);
        await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "calendar_token"`);
    }

}
