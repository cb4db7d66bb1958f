CREATE TABLE "catalogue_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalogue_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"definition" jsonb NOT NULL,
	"change_note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "award_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"decider_key" text NOT NULL,
	"decider_unit_id" integer,
	"decider_authority" text,
	"decider_name" text NOT NULL,
	"decision_no" text NOT NULL,
	"decision_date" date NOT NULL,
	"decision_year" smallint NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "awards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "awards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"decision_id" integer NOT NULL,
	"catalogue_entry_id" integer NOT NULL,
	"code" text NOT NULL,
	"person_id" integer,
	"recipient_unit_id" integer,
	"unit_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"occasion" text NOT NULL,
	"note" text,
	"revoked" boolean DEFAULT false NOT NULL,
	"revoked_reason" text,
	"revoked_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awards_one_recipient" CHECK (("awards"."person_id" IS NULL) <> ("awards"."recipient_unit_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_decider_unit_id_units_id_fk" FOREIGN KEY ("decider_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_decision_id_award_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."award_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_catalogue_entry_id_catalogue_entries_id_fk" FOREIGN KEY ("catalogue_entry_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_recipient_unit_id_units_id_fk" FOREIGN KEY ("recipient_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_entries_kind_key_version_key" ON "catalogue_entries" USING btree ("kind","key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_entries_current_key" ON "catalogue_entries" USING btree ("kind","key") WHERE "catalogue_entries"."is_current";--> statement-breakpoint
CREATE INDEX "catalogue_entries_created_by_idx" ON "catalogue_entries" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "award_decisions_decider_number_key" ON "award_decisions" USING btree ("decider_key","decision_no","decision_year");--> statement-breakpoint
CREATE INDEX "award_decisions_decider_unit_idx" ON "award_decisions" USING btree ("decider_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "awards_decision_person_code_key" ON "awards" USING btree ("decision_id","code","person_id") WHERE "awards"."person_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "awards_decision_unit_code_key" ON "awards" USING btree ("decision_id","code","recipient_unit_id") WHERE "awards"."recipient_unit_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "awards_person_idx" ON "awards" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "awards_recipient_unit_idx" ON "awards" USING btree ("recipient_unit_id","year");--> statement-breakpoint
CREATE INDEX "awards_unit_idx" ON "awards" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "awards_catalogue_entry_idx" ON "awards" USING btree ("catalogue_entry_id");--> statement-breakpoint
-- As in 0002: every foreign key deferrable, so a restore can load rows before the rows they point to.
DO $$
DECLARE c record;
BEGIN
  FOR c IN
    SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
    WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND NOT condeferrable
  LOOP
    EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE', c.tbl, c.conname);
  END LOOP;
END $$;
