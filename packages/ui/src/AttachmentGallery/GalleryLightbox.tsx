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
  const native = useRef(false);
  const focusClose = useRef(false);
  const isOpen = current !== null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      if (typeof dialog.showModal === 'function') {
        dialog.showModal();
        native.current = true;
      } else {
        dialog.setAttribute('open', '');
        native.current = false;
      }
      closeRef.current?.focus();
    } else if (!isOpen && dialog.open) {
      if (native.current && typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
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

  const image = current === null ? undefined : images[current];
  const last = images.length - 1;
  const move = (position: number) => onNavigate((position + images.length) % images.length);

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
    const next = rtl ? 'ArrowLeft' : 'ArrowRight';
    const previous = rtl ? 'ArrowRight' : 'ArrowLeft';
    let position: number;
    if (event.key === next) position = current + 1;
    else if (event.key === previous) position = current - 1;
    else if (event.key === 'Home') position = 0;
    else if (event.key === 'End') position = last;
    else return;
    event.preventDefault();
    move(position);
  };

  const link = image ? links.stateOf(image.index, image.url) : undefined;

  return (
    <dialog
      ref={dialogRef}
      className="kit-gallery__dialog"
      aria-label={i18n.t('gallery.label')}
      onKeyDown={onKeyDown}
      onClose={() => {
        if (current !== null) onClosed();
      }}
    >
      {image && link && current !== null && (
        <>
          <div className="kit-gallery__bar">
            <p className="kit-gallery__position" aria-live="polite">
              {i18n.t('gallery.position', { number: current + 1, total: images.length })}
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
          {images.length > 1 && (
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
