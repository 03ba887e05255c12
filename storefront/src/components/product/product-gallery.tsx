"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProductImage } from "../product-image";

/**
 * The product's photos: a large one and a row of thumbnails to switch it.
 * Every photo has a text alternative; the thumbnails say which photo they show.
 */
export function ProductGallery({
  images,
  productTitle,
}: {
  images: readonly { id: string; url: string; alt: string; optimise: boolean }[];
  productTitle: string;
}) {
  const t = useTranslations("Product");
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0];

  if (!current) {
    return (
      <div className="overflow-hidden rounded-lg border border-line">
        <ProductImage src={null} alt="" placeholderLabel={t("noImage")} sizes="(min-width: 768px) 50vw, 100vw" />
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <div className="overflow-hidden rounded-lg border border-line">
        <ProductImage
          src={current.url}
          alt={current.alt}
          placeholderLabel={t("noImage")}
          sizes="(min-width: 768px) 50vw, 100vw"
          optimise={current.optimise}
          preload
        />
      </div>
      {images.length > 1 && (
        <ul className="grid grid-cols-5 gap-2" aria-label={t("galleryLabel", { title: productTitle })}>
          {images.map((image, position) => (
            <li key={image.id}>
              <button
                type="button"
                onClick={() => setIndex(position)}
                aria-pressed={position === index}
                className={`block w-full overflow-hidden rounded border-2 ${position === index ? "border-brand" : "border-transparent"}`}
              >
                {/* The thumbnail's text names the button: "Voir la photo 2 sur 3". */}
                <ProductImage
                  src={image.url}
                  alt={t("showPhoto", { position: position + 1, count: images.length })}
                  placeholderLabel=""
                  sizes="(min-width: 768px) 10vw, 20vw"
                  optimise={image.optimise}
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
