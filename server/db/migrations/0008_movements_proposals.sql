CREATE TABLE "criterion_score_changes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "criterion_score_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"score_id" integer NOT NULL,
	"stage" text NOT NULL,
	"points_before" numeric(7, 2),
	"points_after" numeric(7, 2),
	"reason" text NOT NULL,
	"changed_by" integer,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "criterion_scores" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "criterion_scores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"sheet_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"self_points" numeric(7, 2),
	"self_note" text,
	"evidence_id" integer,
	"reviewed_points" numeric(7, 2),
	"review_note" text
);
--> statement-breakpoint
CREATE TABLE "emulation_agreement_parties" (
	"agreement_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"signatory" text,
	CONSTRAINT "emulation_agreement_parties_agreement_id_unit_id_pk" PRIMARY KEY("agreement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "emulation_agreements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "emulation_agreements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"movement_id" integer,
	"cluster_id" integer,
	"title" text NOT NULL,
	"signed_on" date NOT NULL,
	"content" text NOT NULL,
	"attachment_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emulation_cluster_units" (
	"cluster_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "emulation_cluster_units_cluster_id_unit_id_pk" PRIMARY KEY("cluster_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "emulation_clusters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "emulation_clusters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"organising_unit_id" integer NOT NULL,
	"leader_unit_id" integer,
	"valid_from_year" smallint NOT NULL,
	"valid_to_year" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movement_criteria" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "movement_criteria_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"movement_id" integer NOT NULL,
	"parent_id" integer,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"max_points" numeric(7, 2) NOT NULL,
	"scale" text,
	"evidence_required" text,
	CONSTRAINT "movement_criteria_max_points" CHECK ("movement_criteria"."max_points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "movement_rankings" (
	"movement_id" integer NOT NULL,
	"cluster_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"total_points" numeric(9, 2) NOT NULL,
	"rank" integer NOT NULL,
	"proposed_award_code" text,
	"published_at" timestamp with time zone,
	"published_by" integer,
	CONSTRAINT "movement_rankings_movement_id_cluster_id_unit_id_pk" PRIMARY KEY("movement_id","cluster_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "movement_units" (
	"movement_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "movement_units_movement_id_unit_id_pk" PRIMARY KEY("movement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "movements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"launching_unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"year" smallint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"goals" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"pledge_deadline" date,
	"self_assessment_deadline" date,
	"proposal_deadline" date,
	"launch_document_no" text,
	"launch_document_id" integer,
	"launched_at" timestamp with time zone,
	"launched_by" integer,
	"closed_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movements_period" CHECK ("movements"."starts_on" <= "movements"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pledges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"movement_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"person_id" integer,
	"award_code" text,
	"targets" text,
	"registered_on" date NOT NULL,
	"registered_by" integer,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "score_sheets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"movement_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" integer
);
--> statement-breakpoint
CREATE TABLE "award_proposal_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "award_proposal_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"proposal_id" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_proposal_item_files" (
	"item_id" integer NOT NULL,
	"attachment_id" integer NOT NULL,
	CONSTRAINT "award_proposal_item_files_item_id_attachment_id_pk" PRIMARY KEY("item_id","attachment_id")
);
--> statement-breakpoint
CREATE TABLE "award_proposal_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "award_proposal_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"proposal_id" integer NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"catalogue_entry_id" integer NOT NULL,
	"person_id" integer,
	"recipient_unit_id" integer,
	"keeper_unit_id" integer NOT NULL,
	"achievement_report" text,
	"eligibility" jsonb,
	"eligibility_checked_at" timestamp with time zone,
	"appraisal_note" text,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"outcome_reason" text,
	"award_id" integer,
	CONSTRAINT "award_proposal_items_one_recipient" CHECK (("award_proposal_items"."person_id" IS NULL) <> ("award_proposal_items"."recipient_unit_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "award_proposals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "award_proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"proposer_unit_id" integer NOT NULL,
	"decider_unit_id" integer NOT NULL,
	"movement_id" integer,
	"title" text NOT NULL,
	"year" smallint NOT NULL,
	"occasion" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"cover_letter_no" text,
	"cover_letter_date" date,
	"posting_from" date,
	"posting_until" date,
	"decision_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_ballots" (
	"meeting_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_ballots_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_meeting_proposals" (
	"meeting_id" integer NOT NULL,
	"proposal_id" integer NOT NULL,
	CONSTRAINT "council_meeting_proposals_meeting_id_proposal_id_pk" PRIMARY KEY("meeting_id","proposal_id")
);
--> statement-breakpoint
CREATE TABLE "council_meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"location" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"meeting_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"council_role" text DEFAULT 'member' NOT NULL,
	"present" boolean DEFAULT false NOT NULL,
	CONSTRAINT "council_members_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_recusals" (
	"meeting_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "council_recusals_meeting_id_user_id_item_id_pk" PRIMARY KEY("meeting_id","user_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "council_tallies" (
	"meeting_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"yes" integer DEFAULT 0 NOT NULL,
	"no" integer DEFAULT 0 NOT NULL,
	"abstain" integer DEFAULT 0 NOT NULL,
	"eligible_voters" integer,
	"threshold_share" numeric(5, 4),
	"denominator" text,
	"passed" boolean,
	CONSTRAINT "council_tallies_meeting_id_item_id_pk" PRIMARY KEY("meeting_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "decision_sequences" (
	"issuer_key" text NOT NULL,
	"year" smallint NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	"symbol" text NOT NULL,
	CONSTRAINT "decision_sequences_issuer_key_year_pk" PRIMARY KEY("issuer_key","year")
);
--> statement-breakpoint
CREATE TABLE "proposal_objections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "proposal_objections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"proposal_id" integer NOT NULL,
	"item_id" integer,
	"received_on" date NOT NULL,
	"raised_by" text,
	"content" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" text,
	"resolved_by" integer,
	"resolved_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"subject_key" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "award_decisions" ADD COLUMN "signer_name" text;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD COLUMN "signer_title" text;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD COLUMN "revoked_reason" text;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD COLUMN "revoked_by" integer;--> statement-breakpoint
ALTER TABLE "criterion_score_changes" ADD CONSTRAINT "criterion_score_changes_score_id_criterion_scores_id_fk" FOREIGN KEY ("score_id") REFERENCES "public"."criterion_scores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_score_changes" ADD CONSTRAINT "criterion_score_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_scores" ADD CONSTRAINT "criterion_scores_sheet_id_score_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."score_sheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_scores" ADD CONSTRAINT "criterion_scores_criterion_id_movement_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."movement_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_scores" ADD CONSTRAINT "criterion_scores_evidence_id_attachments_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_agreement_parties" ADD CONSTRAINT "emulation_agreement_parties_agreement_id_emulation_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."emulation_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_agreement_parties" ADD CONSTRAINT "emulation_agreement_parties_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_agreements" ADD CONSTRAINT "emulation_agreements_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_agreements" ADD CONSTRAINT "emulation_agreements_cluster_id_emulation_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."emulation_clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_agreements" ADD CONSTRAINT "emulation_agreements_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_agreements" ADD CONSTRAINT "emulation_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_cluster_units" ADD CONSTRAINT "emulation_cluster_units_cluster_id_emulation_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."emulation_clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_cluster_units" ADD CONSTRAINT "emulation_cluster_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_clusters" ADD CONSTRAINT "emulation_clusters_organising_unit_id_units_id_fk" FOREIGN KEY ("organising_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_clusters" ADD CONSTRAINT "emulation_clusters_leader_unit_id_units_id_fk" FOREIGN KEY ("leader_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_criteria" ADD CONSTRAINT "movement_criteria_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_criteria" ADD CONSTRAINT "movement_criteria_parent_id_movement_criteria_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."movement_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_rankings" ADD CONSTRAINT "movement_rankings_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_rankings" ADD CONSTRAINT "movement_rankings_cluster_id_emulation_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."emulation_clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_rankings" ADD CONSTRAINT "movement_rankings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_rankings" ADD CONSTRAINT "movement_rankings_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_units" ADD CONSTRAINT "movement_units_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_units" ADD CONSTRAINT "movement_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_launching_unit_id_units_id_fk" FOREIGN KEY ("launching_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_launch_document_id_attachments_id_fk" FOREIGN KEY ("launch_document_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_launched_by_users_id_fk" FOREIGN KEY ("launched_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_events" ADD CONSTRAINT "award_proposal_events_proposal_id_award_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."award_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_events" ADD CONSTRAINT "award_proposal_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_item_files" ADD CONSTRAINT "award_proposal_item_files_item_id_award_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."award_proposal_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_item_files" ADD CONSTRAINT "award_proposal_item_files_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_items" ADD CONSTRAINT "award_proposal_items_proposal_id_award_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."award_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_items" ADD CONSTRAINT "award_proposal_items_catalogue_entry_id_catalogue_entries_id_fk" FOREIGN KEY ("catalogue_entry_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_items" ADD CONSTRAINT "award_proposal_items_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_items" ADD CONSTRAINT "award_proposal_items_recipient_unit_id_units_id_fk" FOREIGN KEY ("recipient_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_items" ADD CONSTRAINT "award_proposal_items_keeper_unit_id_units_id_fk" FOREIGN KEY ("keeper_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_items" ADD CONSTRAINT "award_proposal_items_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_proposer_unit_id_units_id_fk" FOREIGN KEY ("proposer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_decider_unit_id_units_id_fk" FOREIGN KEY ("decider_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_decision_id_award_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."award_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballots" ADD CONSTRAINT "council_ballots_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballots" ADD CONSTRAINT "council_ballots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_proposals" ADD CONSTRAINT "council_meeting_proposals_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_proposals" ADD CONSTRAINT "council_meeting_proposals_proposal_id_award_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."award_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_recusals" ADD CONSTRAINT "council_recusals_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_recusals" ADD CONSTRAINT "council_recusals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_recusals" ADD CONSTRAINT "council_recusals_item_id_award_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."award_proposal_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_tallies" ADD CONSTRAINT "council_tallies_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_tallies" ADD CONSTRAINT "council_tallies_item_id_award_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."award_proposal_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_objections" ADD CONSTRAINT "proposal_objections_proposal_id_award_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."award_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_objections" ADD CONSTRAINT "proposal_objections_item_id_award_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."award_proposal_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_objections" ADD CONSTRAINT "proposal_objections_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_objections" ADD CONSTRAINT "proposal_objections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "criterion_score_changes_score_idx" ON "criterion_score_changes" USING btree ("score_id","changed_at");--> statement-breakpoint
CREATE INDEX "criterion_score_changes_changed_by_idx" ON "criterion_score_changes" USING btree ("changed_by");--> statement-breakpoint
CREATE UNIQUE INDEX "criterion_scores_sheet_criterion_key" ON "criterion_scores" USING btree ("sheet_id","criterion_id");--> statement-breakpoint
CREATE INDEX "criterion_scores_criterion_idx" ON "criterion_scores" USING btree ("criterion_id");--> statement-breakpoint
CREATE INDEX "criterion_scores_evidence_idx" ON "criterion_scores" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "emulation_agreement_parties_unit_idx" ON "emulation_agreement_parties" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "emulation_agreements_movement_idx" ON "emulation_agreements" USING btree ("movement_id");--> statement-breakpoint
CREATE INDEX "emulation_agreements_cluster_idx" ON "emulation_agreements" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "emulation_agreements_attachment_idx" ON "emulation_agreements" USING btree ("attachment_id");--> statement-breakpoint
CREATE INDEX "emulation_agreements_created_by_idx" ON "emulation_agreements" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "emulation_cluster_units_unit_idx" ON "emulation_cluster_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "emulation_clusters_organising_unit_idx" ON "emulation_clusters" USING btree ("organising_unit_id");--> statement-breakpoint
CREATE INDEX "emulation_clusters_leader_unit_idx" ON "emulation_clusters" USING btree ("leader_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "movement_criteria_position_key" ON "movement_criteria" USING btree ("movement_id","position");--> statement-breakpoint
CREATE INDEX "movement_criteria_parent_idx" ON "movement_criteria" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "movement_rankings_unit_idx" ON "movement_rankings" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "movement_rankings_cluster_idx" ON "movement_rankings" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "movement_rankings_published_by_idx" ON "movement_rankings" USING btree ("published_by");--> statement-breakpoint
CREATE INDEX "movement_units_unit_idx" ON "movement_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "movements_launching_unit_idx" ON "movements" USING btree ("launching_unit_id","year");--> statement-breakpoint
CREATE INDEX "movements_year_idx" ON "movements" USING btree ("year","kind");--> statement-breakpoint
CREATE INDEX "movements_launched_by_idx" ON "movements" USING btree ("launched_by");--> statement-breakpoint
CREATE INDEX "movements_created_by_idx" ON "movements" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "movements_launch_document_idx" ON "movements" USING btree ("launch_document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pledges_movement_unit_key" ON "pledges" USING btree ("movement_id","unit_id") WHERE "pledges"."person_id" IS NULL AND "pledges"."withdrawn_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "pledges_movement_person_key" ON "pledges" USING btree ("movement_id","person_id") WHERE "pledges"."person_id" IS NOT NULL AND "pledges"."withdrawn_at" IS NULL;--> statement-breakpoint
CREATE INDEX "pledges_unit_idx" ON "pledges" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "pledges_person_idx" ON "pledges" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "pledges_registered_by_idx" ON "pledges" USING btree ("registered_by");--> statement-breakpoint
CREATE UNIQUE INDEX "score_sheets_movement_unit_key" ON "score_sheets" USING btree ("movement_id","unit_id");--> statement-breakpoint
CREATE INDEX "score_sheets_unit_idx" ON "score_sheets" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "score_sheets_submitted_by_idx" ON "score_sheets" USING btree ("submitted_by");--> statement-breakpoint
CREATE INDEX "score_sheets_reviewed_by_idx" ON "score_sheets" USING btree ("reviewed_by");--> statement-breakpoint
CREATE INDEX "award_proposal_events_proposal_idx" ON "award_proposal_events" USING btree ("proposal_id","at");--> statement-breakpoint
CREATE INDEX "award_proposal_events_actor_idx" ON "award_proposal_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "award_proposal_item_files_attachment_idx" ON "award_proposal_item_files" USING btree ("attachment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_proposal_items_position_key" ON "award_proposal_items" USING btree ("proposal_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "award_proposal_items_person_code_key" ON "award_proposal_items" USING btree ("proposal_id","code","person_id") WHERE "award_proposal_items"."person_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "award_proposal_items_unit_code_key" ON "award_proposal_items" USING btree ("proposal_id","code","recipient_unit_id") WHERE "award_proposal_items"."recipient_unit_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "award_proposal_items_person_idx" ON "award_proposal_items" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "award_proposal_items_recipient_unit_idx" ON "award_proposal_items" USING btree ("recipient_unit_id");--> statement-breakpoint
CREATE INDEX "award_proposal_items_keeper_unit_idx" ON "award_proposal_items" USING btree ("keeper_unit_id");--> statement-breakpoint
CREATE INDEX "award_proposal_items_catalogue_entry_idx" ON "award_proposal_items" USING btree ("catalogue_entry_id");--> statement-breakpoint
CREATE INDEX "award_proposal_items_award_idx" ON "award_proposal_items" USING btree ("award_id");--> statement-breakpoint
CREATE INDEX "award_proposals_proposer_unit_idx" ON "award_proposals" USING btree ("proposer_unit_id","year");--> statement-breakpoint
CREATE INDEX "award_proposals_decider_unit_idx" ON "award_proposals" USING btree ("decider_unit_id","status");--> statement-breakpoint
CREATE INDEX "award_proposals_movement_idx" ON "award_proposals" USING btree ("movement_id");--> statement-breakpoint
CREATE INDEX "award_proposals_decision_idx" ON "award_proposals" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "award_proposals_created_by_idx" ON "award_proposals" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "council_ballots_user_idx" ON "council_ballots" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "council_meeting_proposals_proposal_idx" ON "council_meeting_proposals" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "council_meetings_unit_idx" ON "council_meetings" USING btree ("unit_id","held_on");--> statement-breakpoint
CREATE INDEX "council_meetings_created_by_idx" ON "council_meetings" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "council_members_user_idx" ON "council_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "council_recusals_user_idx" ON "council_recusals" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "council_recusals_item_idx" ON "council_recusals" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "council_tallies_item_idx" ON "council_tallies" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "proposal_objections_proposal_idx" ON "proposal_objections" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "proposal_objections_item_idx" ON "proposal_objections" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "proposal_objections_resolved_by_idx" ON "proposal_objections" USING btree ("resolved_by");--> statement-breakpoint
CREATE INDEX "proposal_objections_created_by_idx" ON "proposal_objections" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_user_subject_key" ON "notifications" USING btree ("user_id","subject_key");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "award_decisions_revoked_by_idx" ON "award_decisions" USING btree ("revoked_by");--> statement-breakpoint
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
