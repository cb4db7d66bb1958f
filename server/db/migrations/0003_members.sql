CREATE TABLE "employments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "employments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"contract_kind" text
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "memberships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"card_number" text,
	"joined_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"status" text DEFAULT 'active' NOT NULL,
	"left_on" date,
	"left_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"full_name" text NOT NULL,
	"family_name" text NOT NULL,
	"middle_name" text DEFAULT '' NOT NULL,
	"given_name" text NOT NULL,
	"titles" text[] DEFAULT '{}'::text[] NOT NULL,
	"birth_date" date,
	"birth_year" smallint,
	"gender" text,
	"ethnicity" text,
	"religion" text,
	"citizen_id" text,
	"phone" text,
	"email" text,
	"qualification" text,
	"position" text,
	"search_key" text NOT NULL,
	"sort_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employments_person_idx" ON "employments" USING btree ("person_id","valid_from");--> statement-breakpoint
CREATE INDEX "employments_unit_idx" ON "employments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "memberships_person_idx" ON "memberships" USING btree ("person_id","valid_from");--> statement-breakpoint
CREATE INDEX "memberships_unit_idx" ON "memberships" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_card_number_key" ON "memberships" USING btree ("card_number") WHERE "memberships"."card_number" IS NOT NULL AND "memberships"."valid_to" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_open_per_person_key" ON "memberships" USING btree ("person_id") WHERE "memberships"."valid_to" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "people_citizen_id_key" ON "people" USING btree ("citizen_id") WHERE "people"."citizen_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "people_search_key_trgm_idx" ON "people" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_sort_key_idx" ON "people" USING btree ("sort_key" COLLATE "C");--> statement-breakpoint
CREATE INDEX "people_birth_year_idx" ON "people" USING btree ("birth_year");