import { Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { SeoItem } from "./api"
import { CharCounter, DESCRIPTION_BAND, TITLE_BAND } from "./char-counter"
import { SEO_FIELD_MAX, type SeoFormValues } from "./form-state"
import { seoMessages } from "./messages"

const f = seoMessages.fields

type FieldsProps = {
  item: SeoItem
  values: SeoFormValues
  onChange: (values: SeoFormValues) => void
  /** The field the API rejected, outlined in red. */
  invalidField?: string
}

function Field({ id, label, hint, counter, children }: { id: string; label: string; hint?: string; counter?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-end justify-between gap-2">
        <Label htmlFor={id} size="small" weight="plus">
          {label}
        </Label>
        {counter}
      </div>
      {children}
      {hint && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {hint}
        </Text>
      )}
    </div>
  )
}

/** The SEO inputs of one product, collection or category (controlled; the editor holds the values). */
export function SeoFields({ item, values, onChange, invalidField }: FieldsProps) {
  const set = <K extends keyof SeoFormValues>(key: K, value: SeoFormValues[K]) => onChange({ ...values, [key]: value })
  const invalid = (name: string) => (invalidField === name ? true : undefined)
  return (
    <div className="flex flex-col gap-4">
      <Field
        id="seo-meta-title"
        label={f.metaTitle}
        hint={f.metaTitleHint(item.page_title)}
        counter={<CharCounter length={values.meta_title.trim().length} band={TITLE_BAND} max={SEO_FIELD_MAX.meta_title} />}
      >
        <Input
          id="seo-meta-title"
          value={values.meta_title}
          maxLength={SEO_FIELD_MAX.meta_title}
          aria-invalid={invalid("meta_title")}
          placeholder={item.page_title}
          onChange={(e) => set("meta_title", e.target.value)}
        />
      </Field>
      <Field
        id="seo-meta-description"
        label={f.metaDescription}
        hint={f.metaDescriptionHint}
        counter={<CharCounter length={values.meta_description.trim().length} band={DESCRIPTION_BAND} max={SEO_FIELD_MAX.meta_description} />}
      >
        <Textarea
          id="seo-meta-description"
          rows={3}
          value={values.meta_description}
          maxLength={SEO_FIELD_MAX.meta_description}
          aria-invalid={invalid("meta_description")}
          onChange={(e) => set("meta_description", e.target.value)}
        />
      </Field>
      <Field
        id="seo-focus-keyword"
        label={f.focusKeyword}
        hint={f.focusKeywordHint}
        counter={<CharCounter length={values.focus_keyword.length} max={SEO_FIELD_MAX.focus_keyword} />}
      >
        <Input
          id="seo-focus-keyword"
          value={values.focus_keyword}
          maxLength={SEO_FIELD_MAX.focus_keyword}
          aria-invalid={invalid("focus_keyword")}
          onChange={(e) => set("focus_keyword", e.target.value)}
        />
      </Field>
      <Field id="seo-canonical-url" label={f.canonicalUrl} hint={f.canonicalUrlHint}>
        <Input
          id="seo-canonical-url"
          value={values.canonical_url}
          maxLength={SEO_FIELD_MAX.canonical_url}
          aria-invalid={invalid("canonical_url")}
          placeholder="https://… ou /…"
          onChange={(e) => set("canonical_url", e.target.value)}
        />
      </Field>
      <Field id="seo-social-image-url" label={f.socialImageUrl} hint={f.socialImageUrlHint}>
        <Input
          id="seo-social-image-url"
          value={values.social_image_url}
          maxLength={SEO_FIELD_MAX.social_image_url}
          aria-invalid={invalid("social_image_url")}
          placeholder="https://…"
          onChange={(e) => set("social_image_url", e.target.value)}
        />
      </Field>
      <div className="flex items-start gap-3">
        <Switch id="seo-noindex" checked={values.noindex} onCheckedChange={(checked) => set("noindex", checked)} />
        <div className="flex flex-col">
          <Label htmlFor="seo-noindex" size="small" weight="plus">
            {f.noindex}
          </Label>
          <Text size="xsmall" className="text-ui-fg-muted">
            {f.noindexHint}
          </Text>
        </div>
      </div>
      {item.images.length > 0 && <ImageAlts item={item} values={values} onChange={onChange} invalidField={invalidField} />}
    </div>
  )
}

function ImageAlts({ item, values, onChange, invalidField }: FieldsProps) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1">
        <Text size="small" weight="plus">
          {f.imageAlts}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {f.imageAltsHint}
        </Text>
      </legend>
      {item.images.map((image, index) => (
        <div key={image.id} className="flex items-center gap-3">
          {/* The thumbnail URL comes from the shop's own file store; `alt` is the text being typed. */}
          <img src={image.url} alt={values.image_alts[image.id] ?? ""} className="h-10 w-10 shrink-0 rounded border border-ui-border-base object-cover" />
          <Input
            aria-label={f.imageAlt(index + 1)}
            value={values.image_alts[image.id] ?? ""}
            maxLength={SEO_FIELD_MAX.image_alt}
            aria-invalid={invalidField === "image_alts" ? true : undefined}
            onChange={(e) => onChange({ ...values, image_alts: { ...values.image_alts, [image.id]: e.target.value } })}
          />
        </div>
      ))}
    </fieldset>
  )
}
