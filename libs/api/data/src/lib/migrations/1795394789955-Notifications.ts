import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1795394789955 implements MigrationInterface {
    name = 'Notifications1795394789955'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deadline_id" uuid NOT NULL, "offset_days" integer NOT NULL, "due_on" date NOT NULL, "recipient_id" uuid NOT NULL, "message_id" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_notification_recipient" ON "notification"  ("recipient_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notification_reminder" ON "notification"  ("deadline_id", "offset_days", "due_on", "recipient_id") `);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_notification_deadline" FOREIGN KEY ("deadline_id") REFERENCES "deadline"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_notification_recipient" FOREIGN KEY ("recipient_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_notification_recipient"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_notification_deadline"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_notification_reminder"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_notification_recipient"`);
        await queryRunner.query(`DROP TABLE "notification"`);
    }

}
