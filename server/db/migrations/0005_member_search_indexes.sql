CREATE INDEX "employments_open_unit_idx" ON "employments" USING btree ("unit_id","person_id") WHERE "employments"."valid_to" IS NULL;--> statement-breakpoint
CREATE INDEX "memberships_card_number_upper_idx" ON "memberships" USING btree (upper("card_number") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "memberships_open_unit_idx" ON "memberships" USING btree ("unit_id","person_id") WHERE "memberships"."valid_to" IS NULL;--> statement-breakpoint
CREATE INDEX "memberships_active_person_idx" ON "memberships" USING btree ("person_id","unit_id") WHERE "memberships"."valid_to" IS NULL AND "memberships"."status" = 'active';--> statement-breakpoint
CREATE INDEX "memberships_joined_on_idx" ON "memberships" USING btree ("joined_on");--> statement-breakpoint
CREATE INDEX "memberships_left_on_idx" ON "memberships" USING btree ("left_on") WHERE "memberships"."status" = 'left';--> statement-breakpoint
CREATE INDEX "people_stats_idx" ON "people" USING btree ("id","gender","birth_year","ethnicity","qualification");