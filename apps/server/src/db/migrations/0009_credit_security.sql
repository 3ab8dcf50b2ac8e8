-- Grants and row-level security for quality credit (issue #3). Nothing here can be deleted by the
-- application: records, objections, repairs, runs, results and attachments are append/update only.
GRANT SELECT, INSERT, UPDATE ON credit_model, credit_record, credit_objection, credit_repair, credit_run, credit_grade, credit_warning, credit_measure, commitment TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON credit_attachment, credit_result TO gongzhi_app;
--> statement-breakpoint
-- credit_grade is the derived "published now" pointer (history stays in credit_result): a member that
-- left the association drops out of it at the next publication.
GRANT DELETE ON credit_grade TO gongzhi_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE credit_result_id_seq TO gongzhi_app;
--> statement-breakpoint
-- Models are not secret (explainability): anyone reads them; only their owner writes.
ALTER TABLE credit_model ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY credit_model_read ON credit_model FOR SELECT TO gongzhi_app USING (true);
--> statement-breakpoint
CREATE POLICY credit_model_write ON credit_model FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
CREATE POLICY credit_model_update ON credit_model FOR UPDATE TO gongzhi_app USING (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
-- Records: the keeping association sees all of its archive; the enterprise and the regulator of the
-- association's region see all but drafts; anyone sees what is published and within its window.
ALTER TABLE credit_record ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY credit_record_read ON credit_record FOR SELECT TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR (status <> 'draft' AND enterprise_id = ANY (gongzhi_org_ids()))
  OR (status = 'published' AND publish_until >= (now() AT TIME ZONE 'Asia/Shanghai')::date)
  OR (status <> 'draft' AND gongzhi_in_region(gongzhi_org_region(association_id)))
);
--> statement-breakpoint
CREATE POLICY credit_record_insert ON credit_record FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
CREATE POLICY credit_record_update ON credit_record FOR UPDATE TO gongzhi_app USING (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE credit_objection ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY credit_objection_access ON credit_objection FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR enterprise_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
) WITH CHECK (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()) OR enterprise_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE credit_repair ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY credit_repair_access ON credit_repair FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR enterprise_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
) WITH CHECK (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()) OR enterprise_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE credit_attachment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY credit_attachment_access ON credit_attachment FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR enterprise_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
) WITH CHECK (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()) OR enterprise_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE credit_run ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A published run (its date, model and distribution) is public, like the grades it published.
CREATE POLICY credit_run_read ON credit_run FOR SELECT TO gongzhi_app USING (
  gongzhi_is_system()
  OR status IN ('published', 'superseded')
  OR association_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
);
--> statement-breakpoint
CREATE POLICY credit_run_insert ON credit_run FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
CREATE POLICY credit_run_update ON credit_run FOR UPDATE TO gongzhi_app USING (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE credit_result ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY credit_result_read ON credit_result FOR SELECT TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR enterprise_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
);
--> statement-breakpoint
CREATE POLICY credit_result_insert ON credit_result FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
-- Published grades are public.
ALTER TABLE credit_grade ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY credit_grade_read ON credit_grade FOR SELECT TO gongzhi_app USING (true);
--> statement-breakpoint
CREATE POLICY credit_grade_insert ON credit_grade FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
CREATE POLICY credit_grade_update ON credit_grade FOR UPDATE TO gongzhi_app USING (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
CREATE POLICY credit_grade_delete ON credit_grade FOR DELETE TO gongzhi_app USING (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE credit_warning ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY credit_warning_read ON credit_warning FOR SELECT TO gongzhi_app USING (
  gongzhi_is_system()
  OR status = 'published'
  OR association_id = ANY (gongzhi_org_ids())
  OR enterprise_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
);
--> statement-breakpoint
CREATE POLICY credit_warning_insert ON credit_warning FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
CREATE POLICY credit_warning_update ON credit_warning FOR UPDATE TO gongzhi_app USING (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
-- Measures (red and black lists) and commitments are public notices.
ALTER TABLE credit_measure ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY credit_measure_read ON credit_measure FOR SELECT TO gongzhi_app USING (true);
--> statement-breakpoint
CREATE POLICY credit_measure_insert ON credit_measure FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
CREATE POLICY credit_measure_update ON credit_measure FOR UPDATE TO gongzhi_app USING (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE commitment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY commitment_read ON commitment FOR SELECT TO gongzhi_app USING (true);
--> statement-breakpoint
CREATE POLICY commitment_insert ON commitment FOR INSERT TO gongzhi_app WITH CHECK (
  gongzhi_is_system() OR enterprise_id = ANY (gongzhi_org_ids())
);
--> statement-breakpoint
CREATE POLICY commitment_update ON commitment FOR UPDATE TO gongzhi_app USING (
  gongzhi_is_system() OR enterprise_id = ANY (gongzhi_org_ids()) OR association_id = ANY (gongzhi_org_ids())
);
