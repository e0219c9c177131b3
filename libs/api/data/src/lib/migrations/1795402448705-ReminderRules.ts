import { MigrationInterface, QueryRunner } from "typeorm";

export class ReminderRules1795402448705 implements MigrationInterface {
    name = 'ReminderRules1795402448705'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "reminder_rule" ("kind" character varying(30) NOT NULL, "offsets_days" integer array NOT NULL, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, CONSTRAINT "PK_6dca114f5f4dce83edd2112eba2" PRIMARY KEY ("kind"))`);
        await queryRunner.query(`ALTER TABLE "reminder_rule" ADD CONSTRAINT "FK_reminder_rule_updated_by" FOREIGN KEY ("updated_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "reminder_rule" DROP CONSTRAINT "FK_reminder_rule_updated_by"`);
        await queryRunner.query(`DROP TABLE "reminder_rule"`);
    }

}
