'use client';
import {
  ESCROW_STATUSES,
  type Escrow,
  getEscrowRole,
  PROOF_PHASES,
  type Proof,
  proofSubmissions,
  useEscrowKitConfig,
  useEscrowWithProof,
} from '@kit/hooks';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { loadMessages, timelineMessages, unknownStatusMessages } from '../i18n/en';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';
import { known } from '../internal/known';
import { LoadError } from '../internal/LoadError';
import { type Actor, buildTimeline, type StepId, type StepState } from './buildTimeline';
import { ProofTypesHint } from './ProofTypesHint';
import { StepDeadline, SubmissionHistory } from './TimelineDates';

export interface ProofTimelineProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /**
   * The escrow to fetch through `@kit/hooks` (`useEscrowWithProof`: the escrow, then its proof
   * when it has a proof gate). Used only when neither `escrow` nor `proof` is given; takes its
   * `baseUrl` and viewer from an `EscrowKitProvider` above (without one: `/api/escrow`). While
   * loading, the root has `aria-busy="true"`; a failed fetch says why, with a retry button.
   * @default undefined (render from `escrow`/`proof`, fetch nothing)
   */
  escrowId?: string;
  /**
   * The escrow itself: its `status` drives `data-status` (`unknown` for a status the kit does
   * not know; absent without an escrow), its `proofInfo.phase` drives `data-phase` when no
   * `proof` is given. Its parties tell whose turn it is.
   * @default undefined (fetched when `escrowId` is given)
   */
  escrow?: Escrow;
  /**
   * The proof (`GET /escrows/:id/proof`): phase, deadlines, correction rounds and submission
   * history. Its `phase` drives `data-phase` (`unknown` for a phase the kit does not know;
   * absent for an escrow without proof). `null` or absent: the escrow's `proofInfo` is used.
   * @default undefined (fetched when `escrowId` is given and the escrow has a proof gate)
   */
  proof?: Proof | null;
  /**
   * Who is looking, to say "Your turn" on the step they must act on (compared with the
   * escrow's buyer and seller, case-insensitively). Drives `data-your-turn` on the root and
   * the "Your turn" / "Waiting for …" line of the current step.
   * @default useEscrowKitConfig().viewer?.email
   */
  viewerEmail?: string;
}

/**
 * An escrow's lifecycle as ordered steps: (contract →) funded → proof uploaded → buyer review →
 * accepted → delivery → completion, with the branches for corrections, DHMAD's review, expired
 * proof and cancellation. The current step has `aria-current="step"` and says who acts next,
 * with its deadline as a live countdown plus the absolute date, and on the upload and correction
 * steps the proof types the escrow asks for. The seller's submissions, with their notes, follow.
 *
 * Root attributes: `data-phase`, `data-status`, `data-actor` (`buyer`, `seller`, `parties` or
 * `dhmad`: who acts next; absent when nobody does), `data-your-turn` (present when that is the
 * viewer), `data-ended` (completed, cancelled or expired). Each step: `data-state`
 * (`complete`, `current`, `upcoming`) and `data-step` (which step it is).
 */
export const ProofTimeline = forwardRef<HTMLElement, ProofTimelineProps>(function ProofTimeline(
  { escrowId, escrow, proof, ...rest },
  ref,
) {
  if (escrowId && escrow === undefined && proof === undefined) {
    return (
      <EnsureQueryClient>
        <ProofTimelineConnected ref={ref} escrowId={escrowId} {...rest} />
      </EnsureQueryClient>
    );
  }
  return <ProofTimelineView ref={ref} escrow={escrow} proof={proof} {...rest} />;
});

type TimelineMessageKey = keyof typeof timelineMessages;

/** The timeline's texts: its own, plus "Unknown status" and loading an escrow. */
const useTimelineI18n = () => useI18n(timelineMessages, unknownStatusMessages, loadMessages);

/** The timeline's texts, as `useTimelineI18n` returns them. */
export type TimelineI18n = ReturnType<typeof useTimelineI18n>;

type RootProps = Omit<ProofTimelineProps, 'escrowId' | 'escrow' | 'proof'>;

/** Fetches the escrow (and its proof, when it has a proof gate), then shows the view. */
const ProofTimelineConnected = forwardRef<HTMLElement, RootProps & { escrowId: string }>(
  function ProofTimelineConnected({ escrowId, ...rest }, ref) {
    const query = useEscrowWithProof(escrowId);
    const { proofQuery } = query;
    return (
      <ProofTimelineView
        ref={ref}
        escrow={query.escrow}
        proof={query.proof}
        escrowQuery={query.escrowQuery}
        busy={query.hasProof && proofQuery.isPending && !proofQuery.isError}
        proofError={query.hasProof && !proofQuery.data ? proofQuery.error : null}
        onRetry={query.refetch}
        {...rest}
      />
    );
  },
);

interface ViewProps extends RootProps {
  escrow: Escrow | undefined;
  proof: Proof | null | undefined;
  /** Connected mode: the escrow query; until it has the escrow, a loading or error message. */
  escrowQuery?: { isError: boolean; error: unknown };
  /** The proof is still loading: the escrow's `proofInfo` is shown meanwhile. */
  busy?: boolean;
  /** The proof failed to load: the escrow is shown with this failure and a retry. */
  proofError?: unknown;
  /** Connected mode: fetches again what failed. */
  onRetry?: () => unknown;
}

/** The `<section>` named by `timeline.label`, in the kit's language, in every state. */
const ProofTimelineView = forwardRef<HTMLElement, ViewProps>(function ProofTimelineView(
  { escrow, proof, escrowQuery, viewerEmail, busy, proofError, onRetry, className, ...rest },
  ref,
) {
  const i18n = useTimelineI18n();
  const config = useEscrowKitConfig();
  const { steps, phase, actor, deadline, correctionRounds, ended } = buildTimeline(escrow, proof);
  const role = escrow && getEscrowRole(escrow, viewerEmail ?? config.viewer?.email);
  const yourTurn = !!role && (actor === role || actor === 'parties');
  const status = escrow && known(escrow.status, ESCROW_STATUSES);
  const submissions = proofSubmissions(proof);
  // Connected mode before the escrow is there: nothing to show but loading, or its failure.
  const failed = escrowQuery?.isError;
  const waiting = escrowQuery && !escrow;

  return (
    <section
      ref={ref}
      aria-label={i18n.t('timeline.label')}
      aria-busy={(waiting ? !failed : busy) || undefined}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-timeline', className)}
      data-phase={phase === undefined ? undefined : known(phase, PROOF_PHASES)}
      data-status={status}
      data-actor={actor}
      data-your-turn={yourTurn ? '' : undefined}
      data-ended={ended ? '' : undefined}
    >
      {waiting ? (
        failed ? (
          <TimelineLoadError error={escrowQuery.error} onRetry={onRetry} />
        ) : (
          <p className="kit-timeline__notice">{i18n.t('panel.loading')}</p>
        )
      ) : (
        <>
          {status === 'unknown' && (
            <p className="kit-timeline__notice">{i18n.t('status.unknown')}</p>
          )}
          <ol className="kit-timeline__steps">
            {steps.map(({ id, state, round = 1 }) => (
              <li
                key={id}
                className="kit-timeline__step"
                data-state={state}
                data-step={id}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className="kit-timeline__marker" aria-hidden="true" />
                <div className="kit-timeline__body">
                  <span className="kit-timeline__label">
                    {i18n.t(
                      id === 'accepted' && phase === 'accepted_by_timeout'
                        ? 'timeline.acceptedByTimeout'
                        : (STEP_KEYS[id as keyof typeof STEP_KEYS] ??
                            `timeline.${id as Exclude<StepId, keyof typeof STEP_KEYS>}`),
                      { round, phase: phase ?? '' },
                    )}
                  </span>{' '}
                  <span className="kit-visually-hidden">{i18n.t(STATE_KEYS[state])}</span>
                  {state === 'current' && actor && (
                    <p className="kit-timeline__actor" data-your-turn={yourTurn ? '' : undefined}>
                      {i18n.t(yourTurn ? 'timeline.yourTurn' : WAITING_KEYS[actor])}
                    </p>
                  )}
                  {state === 'current' && deadline && (
                    <StepDeadline deadline={deadline} i18n={i18n} />
                  )}
                  {state === 'current' && (id === 'proofUploaded' || id === 'correction') && (
                    <ProofTypesHint
                      types={escrow?.fulfillmentPolicy?.allowedProofTypes}
                      i18n={i18n}
                    />
                  )}
                </div>
              </li>
            ))}
          </ol>
          {correctionRounds > 0 && (
            <p className="kit-timeline__rounds">
              {i18n.t('timeline.rounds', { count: correctionRounds })}
            </p>
          )}
          {submissions.length > 0 && <SubmissionHistory submissions={submissions} i18n={i18n} />}
          {!!proofError && <TimelineLoadError error={proofError} onRetry={onRetry} />}
        </>
      )}
    </section>
  );
});

/** The steps whose label key is not `timeline.<step>`. */
const STEP_KEYS = {
  // No timeline key for the contract yet: the action's label reads as a step too.
  contract: 'timeline.contractSigned',
  correction: 'timeline.correctionRequested',
} as const satisfies Partial<Record<StepId, TimelineMessageKey>>;

const STATE_KEYS: Record<StepState, TimelineMessageKey> = {
  complete: 'timeline.done',
  current: 'timeline.current',
  upcoming: 'timeline.upcoming',
};

const WAITING_KEYS: Record<Actor, TimelineMessageKey> = {
  buyer: 'timeline.waitingBuyer',
  seller: 'timeline.waitingSeller',
  dhmad: 'timeline.waitingDhmad',
  parties: 'timeline.waitingParties',
};

/** The load failure: announced, why, and a retry that refetches. */
function TimelineLoadError({ error, onRetry }: { error: unknown; onRetry?: () => unknown }) {
  return (
    <LoadError
      error={error}
      onRetry={onRetry}
      className="kit-timeline__error"
      buttonClassName="kit-timeline__retry"
    />
  );
}
