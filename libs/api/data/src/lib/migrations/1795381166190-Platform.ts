import { MigrationInterface, QueryRunner } from "typeorm";

export class Platform1795381166190 implements MigrationInterface {
    name = 'Platform1795381166190'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_471da4b90e96c1ebe0af221e07b" UNIQUE ("name"), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "mail_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" character varying(300) NOT NULL, "recipient" character varying(320) NOT NULL, "subject" character varying(500) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "kind" character varying(60) NOT NULL, "status" character varying(20) NOT NULL, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_01528929d58f733fd6bc613c638" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_mail_log_message_id" ON "mail_log"  ("message_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_mail_log_created_at" ON "mail_log"  ("created_at") `);
        await queryRunner.query(`CREATE TABLE "session" ("sid" character varying NOT NULL, "sess" json NOT NULL, "expire" TIMESTAMP(6) NOT NULL, CONSTRAINT "session_pkey" PRIMARY KEY ("sid"))`);
        await queryRunner.query(`CREATE INDEX "IDX_session_expire" ON "session"  ("expire") `);
        await queryRunner.query(`CREATE TABLE "system_flag" ("key" character varying(100) NOT NULL, "value" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_69020e60d68cabe5e6816cf0122" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(255) NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "language" character varying(2) NOT NULL DEFAULT 'sv', "active" boolean NOT NULL DEFAULT true, "password_changed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_account_email" ON "user_account"  ("email") `);
        await queryRunner.query(`CREATE TABLE "user_department" ("user_id" uuid NOT NULL, "department_id" uuid NOT NULL, CONSTRAINT "PK_5189e9bb78e6e12c3776bb60bdb" PRIMARY KEY ("user_id", "department_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_92bb51ffd463f2dfba95539e10" ON "user_department"  ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_7044b4fcd0d40c6f11ed27a0b7" ON "user_department"  ("department_id") `);
        await queryRunner.query(`ALTER TABLE "user_department" ADD CONSTRAINT "FK_user_department_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "user_department" ADD CONSTRAINT "FK_user_department_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_department" DROP CONSTRAINT "FK_user_department_department"`);
        await queryRunner.query(`ALTER TABLE "user_department" DROP CONSTRAINT "FK_user_department_user"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7044b4fcd0d40c6f11ed27a0b7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_92bb51ffd463f2dfba95539e10"`);
        await queryRunner.query(`DROP TABLE "user_department"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_user_account_email"`);
        await queryRunner.query(`DROP TABLE "user_account"`);
        await queryRunner.query(`DROP TABLE "system_flag"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_session_expire"`);
        await queryRunner.query(`DROP TABLE "session"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_mail_log_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_mail_log_message_id"`);
        await queryRunner.query(`DROP TABLE "mail_log"`);
        await queryRunner.query(`DROP TABLE "department"`);
    }

}
