import { MigrationInterface, QueryRunner } from "typeorm";

export class MailOutbox1795404763839 implements MigrationInterface {
    name = 'MailOutbox1795404763839'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "mail_log" ADD "language" character varying(5) NOT NULL DEFAULT 'sv'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "mail_log" DROP COLUMN "language"`);
    }

}
