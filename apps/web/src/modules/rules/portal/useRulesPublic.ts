import type { ConsultationListQuery, PublicRuleDocumentQuery } from '@gongzhi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { rulesApi } from '../api/rules.api';

/** The portal's reads of public rules and consultations (no antd here: the portal stays light). */
export function usePublicRuleDocuments(query: PublicRuleDocumentQuery) {
  return useQuery({
    queryKey: ['rules', 'public', 'documents', query],
    queryFn: ({ signal }) => rulesApi.publicDocuments(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublicRuleDocument(id: string) {
  return useQuery({
    queryKey: ['rules', 'public', 'document', id],
    queryFn: ({ signal }) => rulesApi.publicDocument(id, signal),
  });
}

export function usePublicConsultations(query: ConsultationListQuery) {
  return useQuery({
    queryKey: ['rules', 'public', 'consultations', query],
    queryFn: ({ signal }) => rulesApi.publicConsultations(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublicConsultation(id: string) {
  return useQuery({
    queryKey: ['rules', 'public', 'consultation', id],
    queryFn: ({ signal }) => rulesApi.publicConsultation(id, signal),
  });
}
