'use client';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/EscrowUIProvider';
import { galleryMessages } from '../i18n/en';
import type { GalleryItem } from './galleryItems';
import type { ExpiredLinks } from './useExpiredLinks';

/** An image item: always has a (safe) link. */
export type GalleryImage = GalleryItem & { url: string };

export interface GalleryLightboxProps {
  images: readonly GalleryImage[];
  /** Position in `images` of the image shown; `null` while closed. */
  current: number | null;
  onNavigate: (position: number) => void;
  /** Called once the dialog has closed (Close, Escape, or the page closing it). */
  onClosed: () => void;
  links: ExpiredLinks;
}

/**
 * The lightbox: a native `<dialog>` opened with `showModal()` (top layer, inert page, Escape
 * through the native `cancel` event), falling back to the `open` attribute where `showModal`
 * does not exist (jsdom). Arrows move (mirrored right to left), Home/End jump.
 */
export function GalleryLightbox({
  images,
  current,
  onNavigate,
  onClosed,
  links,
}: GalleryLightboxProps) {
  const i18n = useI18n(galleryMessages);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // Whether the dialog was opened with showModal (so the browser handles Escape and close()).
  const native = useRef(false);
  const focusClose = useRef(false);
  const isOpen = current !== null;
  const count = images.length;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || isOpen === dialog.open) return;
    if (isOpen) {
      native.current = typeof dialog.showModal === 'function';
      if (native.current) dialog.showModal();
      else dialog.setAttribute('open', '');
      closeRef.current?.focus();
    } else if (native.current && typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  }, [isOpen]);

  useEffect(() => {
    if (!focusClose.current) return;
    focusClose.current = false;
    closeRef.current?.focus();
  });

  const close = () => {
    const dialog = dialogRef.current;
    if (dialog && native.current && typeof dialog.close === 'function') {
      dialog.close(); // fires `close`, which calls onClosed
    } else {
      dialog?.removeAttribute('open');
      onClosed();
    }
  };
  const move = (position: number) => onNavigate((position + count) % count);
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (current === null) return;
    if (event.key === 'Escape') {
      // With showModal the browser closes the dialog itself (`cancel`, then `close`).
      if (!native.current) {
        event.preventDefault();
        close();
      }
      return;
    }
    const rtl = i18n.dir === 'rtl' || getComputedStyle(event.currentTarget).direction === 'rtl';
    const position = {
      [rtl ? 'ArrowLeft' : 'ArrowRight']: current + 1,
      [rtl ? 'ArrowRight' : 'ArrowLeft']: current - 1,
      Home: 0,
      End: count - 1,
    }[event.key];
    if (position === undefined) return;
    event.preventDefault();
    move(position);
  };

  const image = current === null ? undefined : images[current];
  const link = image && links.stateOf(image.index, image.url);
  return (
    <dialog
      ref={dialogRef}
      className="kit-gallery__dialog"
      aria-label={i18n.t('gallery.label')}
      onKeyDown={onKeyDown}
      onClose={() => {
        if (isOpen) onClosed();
      }}
    >
      {image && link && current !== null && (
        <>
          <div className="kit-gallery__bar">
            <p className="kit-gallery__position" aria-live="polite">
              {i18n.t('gallery.position', { number: current + 1, total: count })}
            </p>
            <button ref={closeRef} type="button" className="kit-gallery__button" onClick={close}>
              {i18n.t('gallery.close')}
            </button>
          </div>
          <figure className="kit-gallery__stage" data-state={link.state}>
            {link.state === 'expired' ? (
              <div className="kit-gallery__expired">
                <p>{i18n.t('gallery.expired')}</p>
                <button
                  type="button"
                  className="kit-gallery__button"
                  onClick={() => {
                    focusClose.current = true;
                    links.retry(image.index);
                  }}
                >
                  {i18n.t('gallery.retry')}
                </button>
              </div>
            ) : (
              <img
                key={`${image.index}:${link.attempt}`}
                className="kit-gallery__full"
                src={image.url}
                alt=""
                decoding="async"
                onError={() => links.onError(image.index, image.url)}
                onLoad={() => links.onLoad(image.index)}
              />
            )}
            {image.name && <figcaption className="kit-gallery__caption">{image.name}</figcaption>}
          </figure>
          {count > 1 && (
            <div className="kit-gallery__nav">
              <button
                type="button"
                className="kit-gallery__button"
                onClick={() => move(current - 1)}
              >
                {i18n.t('gallery.previous')}
              </button>
              <button
                type="button"
                className="kit-gallery__button"
                onClick={() => move(current + 1)}
              >
                {i18n.t('gallery.next')}
              </button>
            </div>
          )}
        </>
      )}
    </dialog>
  );
}
