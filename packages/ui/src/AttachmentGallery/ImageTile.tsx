'use client';
import { type RefObject, useId } from 'react';
import { useI18n } from '../i18n/EscrowUIProvider';
import { galleryMessages } from '../i18n/en';
import type { GalleryImage } from './GalleryLightbox';
import type { ExpiredLinks } from './useExpiredLinks';

/**
 * One image of the gallery: a thumbnail button opening the lightbox, or, once its link has
 * expired, a "Link expired" tile with a Retry button. Focus follows the tile's control.
 */
export function ImageTile({
  image,
  links,
  controls,
  focusNext,
  onOpen,
}: {
  image: GalleryImage;
  links: ExpiredLinks;
  controls: Map<number, HTMLElement>;
  focusNext: RefObject<number | null>;
  onOpen: () => void;
}) {
  const i18n = useI18n(galleryMessages);
  const expiredId = useId();
  const { index, url, number, total } = image;
  const { state, attempt } = links.stateOf(index, url);
  // React detaches the old control before it attaches its successor.
  const register = (element: HTMLElement | null) => {
    if (element) controls.set(index, element);
    else controls.delete(index);
  };
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
            focusNext.current = index;
            links.retry(index);
          }}
        >
          {i18n.t('gallery.retryImage', { number, total })}
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
      aria-label={i18n.t('gallery.openImage', { number, total })}
      onClick={onOpen}
    >
      <img
        key={attempt}
        className="kit-gallery__img"
        src={url}
        alt=""
        loading="lazy"
        decoding="async"
        onError={(event) => {
          // The thumbnail is about to become a Retry button: move the focus along with it.
          if (event.currentTarget.parentElement === document.activeElement) {
            focusNext.current = index;
          }
          links.onError(index, url);
        }}
        onLoad={() => links.onLoad(index)}
      />
    </button>
  );
}
