-- Grants, row-level security and the first time-limit version for consumer complaints.
GRANT SELECT, INSERT, UPDATE ON calendar_year TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_day TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON complaint_time_limit TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON complaint, complaint_referral, consumer_warning, notification TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON complaint_event, complaint_attachment TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON intake_rate_limit TO gongzhi_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE complaint_event_id_seq TO gongzhi_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_complaint_visible(case_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT gongzhi_is_system() OR EXISTS (
    SELECT 1 FROM complaint c
    WHERE c.id = case_id AND (
      c.association_id = ANY (gongzhi_org_ids())
      OR c.enterprise_id = ANY (gongzhi_org_ids())
      OR c.regulator_id = ANY (gongzhi_org_ids())
      OR gongzhi_in_region(gongzhi_org_region(c.association_id))
    )
  )
$$;
--> statement-breakpoint
ALTER TABLE complaint ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY complaint_read ON complaint FOR SELECT TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR enterprise_id = ANY (gongzhi_org_ids())
  OR regulator_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
);
--> statement-breakpoint
CREATE POLICY complaint_insert ON complaint FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system());
--> statement-breakpoint
CREATE POLICY complaint_update ON complaint FOR UPDATE TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR enterprise_id = ANY (gongzhi_org_ids())
  OR regulator_id = ANY (gongzhi_org_ids())
);
--> statement-breakpoint
ALTER TABLE complaint_event ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY complaint_event_read ON complaint_event FOR SELECT TO gongzhi_app USING (gongzhi_complaint_visible(complaint_id));
--> statement-breakpoint
CREATE POLICY complaint_event_append ON complaint_event FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_complaint_visible(complaint_id));
--> statement-breakpoint
ALTER TABLE complaint_attachment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY complaint_attachment_read ON complaint_attachment FOR SELECT TO gongzhi_app USING (gongzhi_complaint_visible(complaint_id));
--> statement-breakpoint
CREATE POLICY complaint_attachment_append ON complaint_attachment FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_complaint_visible(complaint_id));
--> statement-breakpoint
ALTER TABLE complaint_referral ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY complaint_referral_access ON complaint_referral FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR regulator_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(regulator_id))
);
--> statement-breakpoint
ALTER TABLE consumer_warning ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY consumer_warning_read ON consumer_warning FOR SELECT TO gongzhi_app USING (
  gongzhi_is_system()
  OR status = 'published'
  OR association_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
);
--> statement-breakpoint
CREATE POLICY consumer_warning_insert ON consumer_warning FOR INSERT TO gongzhi_app WITH CHECK (
  gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids())
);
--> statement-breakpoint
CREATE POLICY consumer_warning_update ON consumer_warning FOR UPDATE TO gongzhi_app USING (
  gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids())
);
--> statement-breakpoint
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notification_owner ON notification FOR ALL TO gongzhi_app USING (
  gongzhi_is_system() OR user_id = gongzhi_user_id()
);
--> statement-breakpoint
ALTER TABLE intake_rate_limit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY intake_rate_limit_system ON intake_rate_limit FOR ALL TO gongzhi_app USING (gongzhi_is_system());
--> statement-breakpoint
-- A fixed id: every database has the same version 1, so a backup restores onto it (reference data).
INSERT INTO complaint_time_limit
  (id, version, rule_name, acceptance_days, enterprise_response_days, mediation_days, termination_notice_days, due_soon_days, limitation_years)
VALUES
  ('00000000-0000-4000-8000-00000000c001', 1, '《市场监督管理投诉举报处理暂行办法》(国家市场监督管理总局令第20号, 2022年修正) 第十五、二十一、二十七条; 《消费者权益保护法》第四十六条', 7, 10, 45, 7, 2, 3);
