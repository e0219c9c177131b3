import { MigrationInterface, QueryRunner } from "typeorm";

export class ReminderPreferences1795397495208 implements MigrationInterface {
    name = 'ReminderPreferences1795397495208'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "project_mute" ("user_id" uuid NOT NULL, "project_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_049c86c1699adecb771eca11066" PRIMARY KEY ("user_id", "project_id"))`);
        await queryRunner.query(`ALTER TABLE "user_account" ADD "reminder_delivery" character varying(10)`);
        await queryRunner.query(`ALTER TABLE "notification" ADD "channel" character varying(10) NOT NULL DEFAULT 'immediate'`);
        await queryRunner.query(`ALTER TABLE "project_mute" ADD CONSTRAINT "FK_project_mute_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_mute" ADD CONSTRAINT "FK_project_mute_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project_mute" DROP CONSTRAINT "FK_project_mute_project"`);
        await queryRunner.query(`ALTER TABLE "project_mute" DROP CONSTRAINT "FK_project_mute_user"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "channel"`);
        await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "reminder_delivery"`);
        await queryRunner.query(`DROP TABLE "project_mute"`);
    }

}
