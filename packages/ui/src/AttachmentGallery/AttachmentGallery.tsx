'use client';
import {
  type Proof,
  type ProofAttachment,
  proofAttachments,
  type UseEscrowWithProofResult,
  useEscrowWithProof,
} from '@kit/hooks';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { galleryMessages } from '../i18n/en';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';
import { LoadError } from '../internal/LoadError';
import { FileTile } from './FileTile';
import { type GalleryImage, GalleryLightbox } from './GalleryLightbox';
import { galleryItems } from './galleryItems';
import { ImageTile } from './ImageTile';
import { UnsafeTile } from './UnsafeTile';
import { useExpiredLinks } from './useExpiredLinks';

/**
 * A proof attachment as DHMAD documents it (`mimeType`, `viewUrl`), plus the file name a
 * backend may add (read from `fileName`, else `name`, when it is a string).
 */
export type GalleryAttachment = ProofAttachment & {
  fileName?: string | null;
  name?: string | null;
};

export interface AttachmentGalleryProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /**
   * The escrow whose proof files to show, fetched through `@kit/hooks` (`useEscrowWithProof`:
   * the escrow, then its proof when it has one): `proofAttachments`, the latest submission's
   * attachments (else the last submission's); an escrow without proof shows "No files yet".
   * Used only when neither `attachments` nor `proof` is given. While loading the root has
   * `aria-busy="true"` and `data-state="loading"`; a failed fetch says why, with a retry
   * button, and `data-state="error"`.
   * @default undefined
   */
  escrowId?: string;
  /**
   * The proof whose files to show (data mode, nothing is fetched): `proofAttachments(proof)`.
   * Used only when `attachments` is not given.
   * @default undefined
   */
  proof?: Proof | null;
  /**
   * The files to show (data mode, no provider needed): DHMAD's `{ mimeType, viewUrl }`, plus
   * `fileName`/`name` when your backend adds one. `image/*` become thumbnails, the rest file
   * tiles; a link that is not `https:` (or `http://localhost`) is never rendered. Drives
   * `data-count` and `data-state` (`empty` or `ready`).
   * @default undefined
   */
  attachments?: readonly GalleryAttachment[];
  /**
   * Fetches fresh links: `viewUrl`s are time-limited, so when an image fails to load the
   * gallery calls this once (for all images failing together) and awaits it if it returns a
   * promise; new `attachments` then load. An image that fails again shows "Link expired" with
   * a Retry button, which calls it again. In connected mode the proof is re-fetched and this
   * is called as well. Drives `data-refreshing` while a returned promise is pending.
   * @default undefined (a failing image shows "Link expired" at once)
   */
  onRefresh?: () => unknown;
}

/**
 * Proof attachments: images as lazy thumbnails in fixed-ratio boxes (no layout shift) opening
 * a `<dialog>` lightbox, PDFs and other files as links opening in a new tab. Only `https:` and
 * `http://localhost` links reach the page; expired image links are refreshed once, then offered
 * for retry. Root `data-*`: `data-state` (`loading`, `error`, `empty`, `ready`), `data-count`
 * (number of attachments), `data-refreshing`, `data-lightbox` (`open`).
 */
export const AttachmentGallery = forwardRef<HTMLElement, AttachmentGalleryProps>(
  function AttachmentGallery({ escrowId, proof, attachments, ...rest }, ref) {
    return escrowId && attachments === undefined && proof === undefined ? (
      <EnsureQueryClient>
        <AttachmentGalleryConnected ref={ref} {...rest} escrowId={escrowId} />
      </EnsureQueryClient>
    ) : (
      <AttachmentGalleryView
        ref={ref}
        {...rest}
        attachments={attachments ?? proofAttachments(proof)}
      />
    );
  },
);

type ViewProps = Omit<AttachmentGalleryProps, 'escrowId' | 'proof'>;

/** Fetches the proof, and re-fetches it (as well as calling `onRefresh`) for fresh links. */
const AttachmentGalleryConnected = forwardRef<HTMLElement, ViewProps & { escrowId: string }>(
  function AttachmentGalleryConnected({ escrowId, onRefresh, ...rest }, ref) {
    const query = useEscrowWithProof(escrowId);
    const { refresh } = query.proofQuery;
    return (
      <AttachmentGalleryView
        ref={ref}
        {...rest}
        attachments={proofAttachments(query.proof)}
        onRefresh={() => Promise.all([refresh(), onRefresh?.()])}
        query={query}
      />
    );
  },
);

const AttachmentGalleryView = forwardRef<
  HTMLElement,
  ViewProps & {
    /** Connected mode: the escrow and proof queries, for their loading and error states. */
    query?: UseEscrowWithProofResult;
  }
>(function AttachmentGalleryView(
  { attachments = proofAttachments(null), onRefresh, query, className, ...rest },
  ref,
) {
  const i18n = useI18n(galleryMessages);
  const items = useMemo(() => galleryItems(attachments), [attachments]);
  const images = items.filter((item): item is GalleryImage => item.kind === 'image' && !!item.url);
  const links = useExpiredLinks(onRefresh);
  const [lightbox, setLightbox] = useState<number | null>(null);
  const current =
    lightbox === null || images.length === 0 ? null : Math.min(lightbox, images.length - 1);
  // The control of each tile (thumbnail or Retry), to return focus to it.
  const controls = useRef(new Map<number, HTMLElement>()).current;
  // A tile whose focused control is being replaced: focus its successor once rendered.
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    controls.get(focusNext.current)?.focus();
    focusNext.current = null;
  });
  // Connected mode before the proof is there: loading, or failed (busy again while retrying).
  const fetchState =
    query && query.proof === undefined ? (query.error ? 'error' : 'loading') : undefined;
  const refetching = query?.escrowQuery.isFetching || query?.proofQuery.isFetching;
  return (
    <section
      ref={ref}
      aria-label={i18n.t('gallery.label')}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-gallery', className)}
      aria-busy={(fetchState && (fetchState === 'loading' || refetching)) || undefined}
      data-state={fetchState ?? (items.length ? 'ready' : 'empty')}
      data-count={fetchState ? undefined : items.length}
      data-refreshing={links.refreshing ? '' : undefined}
      data-lightbox={current === null ? undefined : 'open'}
    >
      {fetchState === 'loading' ? (
        <p className="kit-gallery__placeholder">{i18n.t('gallery.loading')}</p>
      ) : fetchState === 'error' ? (
        <LoadError
          title={i18n.t('gallery.loadError')}
          error={query?.error}
          onRetry={query?.refetch}
          className="kit-gallery__error"
          buttonClassName="kit-gallery__button"
        />
      ) : items.length === 0 ? (
        <p className="kit-gallery__empty">{i18n.t('gallery.empty')}</p>
      ) : (
        <ul className="kit-gallery__list">
          {items.map((item) => (
            <li
              key={item.index}
              className="kit-gallery__item"
              data-kind={item.kind}
              data-state={item.url ? undefined : 'unsafe'}
            >
              {item.url === null ? (
                <UnsafeTile item={item} />
              ) : item.kind === 'image' ? (
                <ImageTile
                  image={item as GalleryImage}
                  links={links}
                  controls={controls}
                  focusNext={focusNext}
                  onOpen={() => setLightbox(images.indexOf(item as GalleryImage))}
                />
              ) : (
                <FileTile item={item} url={item.url} />
              )}
            </li>
          ))}
        </ul>
      )}
      {images.length > 0 && (
        <GalleryLightbox
          images={images}
          current={current}
          onNavigate={setLightbox}
          onClosed={() => {
            setLightbox(null);
            const image = current === null ? undefined : images[current];
            if (image) controls.get(image.index)?.focus();
          }}
          links={links}
        />
      )}
    </section>
  );
});
