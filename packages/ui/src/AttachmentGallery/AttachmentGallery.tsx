'use client';
import { type Proof, type ProofAttachment, useEscrowProof } from '@kit/hooks';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { galleryMessages, loadMessages } from '../i18n/en';
import { cx } from '../internal/cx';
import { type GalleryImage, GalleryLightbox } from './GalleryLightbox';
import { type GalleryItem, galleryItems } from './galleryItems';
import { type ExpiredLinks, useExpiredLinks } from './useExpiredLinks';

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
   * The escrow whose proof files to show, fetched through `@kit/hooks` (`useEscrowProof`): the
   * latest submission's attachments (else the last submission's). Used only when
   * `attachments` is not given. While loading the root has `aria-busy="true"` and
   * `data-state="loading"`; a failed fetch shows a retry button and `data-state="error"`.
   * @default undefined
   */
  escrowId?: string;
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
  function AttachmentGallery({ escrowId, attachments, onRefresh, ...rest }, ref) {
    if (escrowId && attachments === undefined) {
      return (
        <AttachmentGalleryConnected ref={ref} escrowId={escrowId} onRefresh={onRefresh} {...rest} />
      );
    }
    return (
      <AttachmentGalleryView
        ref={ref}
        attachments={attachments ?? NO_ATTACHMENTS}
        onRefresh={onRefresh}
        {...rest}
      />
    );
  },
);

const NO_ATTACHMENTS: readonly ProofAttachment[] = [];

/** The attachments a proof shows: the latest submission's, else the last submission's. */
function proofAttachments(proof: Proof): readonly ProofAttachment[] {
  return (
    proof.latestSubmission?.attachments ?? proof.submissions.at(-1)?.attachments ?? NO_ATTACHMENTS
  );
}

type RootProps = Omit<AttachmentGalleryProps, 'escrowId' | 'attachments' | 'onRefresh'>;

/** Connected mode before the proof is there: loading, or failed (with a retry). */
type FetchStatus =
  | { state: 'loading'; busy: true }
  | { state: 'error'; busy: boolean; retry: () => void };

const AttachmentGalleryConnected = forwardRef<
  HTMLElement,
  RootProps & { escrowId: string; onRefresh: (() => unknown) | undefined }
>(function AttachmentGalleryConnected({ escrowId, onRefresh, ...rest }, ref) {
  const proof = useEscrowProof(escrowId);
  const { refresh, refetch } = proof;
  const refreshAll = useCallback(
    () => Promise.all([refresh(), onRefresh?.()]),
    [refresh, onRefresh],
  );
  const status: FetchStatus | undefined = proof.data
    ? undefined
    : proof.isError
      ? { state: 'error', busy: proof.isFetching, retry: () => void refetch() }
      : { state: 'loading', busy: true };
  return (
    <AttachmentGalleryView
      ref={ref}
      attachments={proof.data ? proofAttachments(proof.data) : NO_ATTACHMENTS}
      onRefresh={refreshAll}
      status={status}
      {...rest}
    />
  );
});

const AttachmentGalleryView = forwardRef<
  HTMLElement,
  RootProps & {
    attachments: readonly ProofAttachment[];
    onRefresh: (() => unknown) | undefined;
    status?: FetchStatus | undefined;
  }
>(function AttachmentGalleryView({ attachments, onRefresh, status, className, ...rest }, ref) {
  const i18n = useI18n(galleryMessages, loadMessages);
  const items = useMemo(() => galleryItems(attachments), [attachments]);
  const images = useMemo(
    () => items.filter((item): item is GalleryImage => item.kind === 'image' && !!item.url),
    [items],
  );
  const links = useExpiredLinks(onRefresh);
  const [lightbox, setLightbox] = useState<number | null>(null);
  const current =
    lightbox === null || images.length === 0 ? null : Math.min(lightbox, images.length - 1);

  // The control of each tile (thumbnail or Retry), to return focus to it.
  const controls = useRef(new Map<number, HTMLElement>());
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    controls.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const register = (index: number) => (element: HTMLElement | null) => {
    // React detaches the old control before it attaches its successor.
    if (element) controls.current.set(index, element);
    else controls.current.delete(index);
  };

  const onClosed = () => {
    const image = current === null ? undefined : images[current];
    setLightbox(null);
    if (image) controls.current.get(image.index)?.focus();
  };

  return (
    <section
      ref={ref}
      aria-label={i18n.t('gallery.label')}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-gallery', className)}
      aria-busy={status?.busy || undefined}
      data-state={status?.state ?? (items.length ? 'ready' : 'empty')}
      data-count={status ? undefined : items.length}
      data-refreshing={links.refreshing ? '' : undefined}
      data-lightbox={current === null ? undefined : 'open'}
    >
      {status?.state === 'loading' ? (
        <p className="kit-gallery__placeholder">{i18n.t('gallery.loading')}</p>
      ) : status?.state === 'error' ? (
        <div className="kit-gallery__error">
          <p>{i18n.t('gallery.loadError')}</p>
          <button type="button" className="kit-gallery__button" onClick={status.retry}>
            {i18n.t('error.retry')}
          </button>
        </div>
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
                  register={register(item.index)}
                  onOpen={() => setLightbox(images.findIndex((i) => i.index === item.index))}
                  onFocusLost={() => {
                    focusNext.current = item.index;
                  }}
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
          onClosed={onClosed}
          links={links}
        />
      )}
    </section>
  );
});

function ImageTile({
  image,
  links,
  register,
  onOpen,
  onFocusLost,
}: {
  image: GalleryImage;
  links: ExpiredLinks;
  register: (element: HTMLElement | null) => void;
  onOpen: () => void;
  /** The tile's control is about to be replaced while focused: focus its successor. */
  onFocusLost: () => void;
}) {
  const i18n = useI18n(galleryMessages, loadMessages);
  const expiredId = useId();
  const { state, attempt } = links.stateOf(image.index, image.url);
  if (state === 'expired') {
    return (
      <div className="kit-gallery__tile kit-gallery__expired" data-state="expired">
        <p id={expiredId}>{i18n.t('gallery.expired')}</p>
        <button
          ref={register}
          type="button"
          className="kit-gallery__button"
          aria-describedby={expiredId}
          onClick={() => {
            onFocusLost();
            links.retry(image.index);
          }}
        >
          {i18n.t('gallery.retryImage', { number: image.number, total: image.total })}
        </button>
      </div>
    );
  }
  return (
    <button
      ref={register}
      type="button"
      className="kit-gallery__thumb"
      data-state={state}
      aria-label={i18n.t('gallery.openImage', { number: image.number, total: image.total })}
      onClick={onOpen}
    >
      <img
        key={attempt}
        className="kit-gallery__img"
        src={image.url}
        alt=""
        loading="lazy"
        decoding="async"
        onError={(event) => {
          if (event.currentTarget.parentElement === document.activeElement) onFocusLost();
          links.onError(image.index, image.url);
        }}
        onLoad={() => links.onLoad(image.index)}
      />
    </button>
  );
}

function FileTile({ item, url }: { item: GalleryItem; url: string }) {
  const i18n = useI18n(galleryMessages, loadMessages);
  const nameId = useId();
  const type = i18n.t(item.kind === 'pdf' ? 'gallery.pdf' : 'gallery.file');
  return (
    <div className="kit-gallery__tile kit-gallery__file">
      {/* The link covers the tile; what the tile shows repeats its name (and describes it). */}
      <a
        className="kit-gallery__link"
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby={item.name ? nameId : undefined}
      >
        <span className="kit-visually-hidden">
          {i18n.t('gallery.openFile', { number: item.number, total: item.total, type })}
        </span>
      </a>
      <span className="kit-gallery__body" aria-hidden="true">
        <span className="kit-gallery__icon" />
        <span className="kit-gallery__type">{type}</span>
        {item.name && (
          <span id={nameId} className="kit-gallery__name">
            {item.name}
          </span>
        )}
      </span>
    </div>
  );
}

function UnsafeTile({ item }: { item: GalleryItem }) {
  const i18n = useI18n(galleryMessages, loadMessages);
  const type = i18n.t(item.kind === 'pdf' ? 'gallery.pdf' : 'gallery.file');
  return (
    <div className="kit-gallery__tile kit-gallery__unsafe">
      <span className="kit-gallery__icon" aria-hidden="true" />
      <p className="kit-gallery__type">{i18n.t('gallery.unsafe')}</p>
      {item.kind !== 'image' && <span className="kit-gallery__name">{type}</span>}
      {item.name && <span className="kit-gallery__name">{item.name}</span>}
    </div>
  );
}
