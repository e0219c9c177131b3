import { MigrationInterface, QueryRunner } from "typeorm";

export class MailRetries1795500000000 implements MigrationInterface {
    name = 'MailRetries1795500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "mail_log" ADD "attempts" integer NOT NULL DEFAULT 0`);
        await queryRunner.query(`ALTER TABLE "mail_log" ADD "retry_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "mail_log" ADD "resent_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "mail_log" ADD "resent_by" character varying(200)`);
        await queryRunner.query(`CREATE INDEX "IDX_mail_log_status_created_at" ON "mail_log" ("status", "created_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_mail_log_status_created_at"`);
        await queryRunner.query(`ALTER TABLE "mail_log" DROP COLUMN "resent_by"`);
        await queryRunner.query(`ALTER TABLE "mail_log" DROP COLUMN "resent_at"`);
        await queryRunner.query(`ALTER TABLE "mail_log" DROP COLUMN "retry_at"`);
        await queryRunner.query(`ALTER TABLE "mail_log" DROP COLUMN "attempts"`);
    }

}
