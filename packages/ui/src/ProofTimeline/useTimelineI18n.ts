'use client';
import { useI18n } from '../i18n/EscrowUIProvider';
import { loadMessages, timelineMessages, unknownStatusMessages } from '../i18n/en';

export type TimelineMessageKey = keyof typeof timelineMessages;

/** The timeline's texts: its own, plus "Unknown status" and loading an escrow. */
export const useTimelineI18n = () => useI18n(timelineMessages, unknownStatusMessages, loadMessages);
