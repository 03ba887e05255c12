import { adviseSeo, effectiveDescription, effectiveTitle } from "@comptoir/analytics/seo-advice"
import { Button, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { AdvicePanel } from "./advice-panel"
import { saveSeo, SeoRequestError, type SeoEntityType, type SeoFieldsDto, type SeoItem } from "./api"
import { adviceInput, formValues, isDirty, savePayload, type SeoFormValues } from "./form-state"
import { seoMessages } from "./messages"
import { seoKeys } from "./query-client"
import { SeoFields } from "./seo-fields"
import { SerpPreviewCard } from "./serp-preview-card"

const m = seoMessages.widget

type EditorProps = {
  type: SeoEntityType
  id: string
  seo: SeoFieldsDto | null
  item: SeoItem
  titles: { entity_type: SeoEntityType; entity_id: string; title: string }[]
}

/** The field an API 400 names first ("meta_title: …"), to outline it. */
function fieldOf(message: string): string | undefined {
  return /^(meta_title|meta_description|focus_keyword|canonical_url|social_image_url|image_alts|noindex)\b/.exec(message)?.[1]
}

/** Form, Google preview and live advice of one item; the advice follows every keystroke. */
export function SeoEditor({ type, id, seo, item, titles }: EditorProps) {
  const queryClient = useQueryClient()
  const [saved, setSaved] = useState<SeoFormValues>(() => formValues(seo, item))
  const [values, setValues] = useState<SeoFormValues>(saved)
  const [error, setError] = useState<string | null>(null)

  const input = useMemo(() => adviceInput(type, id, item, values, titles), [type, id, item, values, titles])
  const advice = useMemo(() => adviseSeo(input), [input])

  const save = useMutation({
    mutationFn: () => saveSeo(type, id, savePayload(values)),
    onSuccess: ({ seo: stored }) => {
      const next = formValues(stored, item)
      setSaved(next)
      setValues(next)
      setError(null)
      queryClient.setQueryData(seoKeys.item(type, id), { seo: stored, item })
      void queryClient.invalidateQueries({ queryKey: seoKeys.titles })
      toast.success(m.saved)
    },
    onError: (failure) => {
      const reason = failure instanceof SeoRequestError ? failure.message : String(failure)
      setError(reason)
      toast.error(m.saveError, { description: reason })
    },
  })
  const dirty = isDirty(values, saved)

  return (
    <div className="grid grid-cols-1 gap-6 px-6 py-4 lg:grid-cols-2">
      <form
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault()
          save.mutate()
        }}
      >
        <SeoFields item={item} values={values} onChange={setValues} invalidField={error ? fieldOf(error) : undefined} />
        {error && (
          <Text size="small" className="text-ui-fg-error" role="alert" data-testid="seo-save-error">
            {m.saveError} : {error}
          </Text>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" size="small" disabled={!dirty || save.isPending} onClick={() => setValues(saved)}>
            {m.reset}
          </Button>
          <Button type="submit" size="small" isLoading={save.isPending} disabled={!dirty} data-testid="seo-save">
            {save.isPending ? m.saving : m.save}
          </Button>
        </div>
      </form>
      <div className="flex flex-col gap-6">
        <SerpPreviewCard title={effectiveTitle(input)} description={effectiveDescription(input)} url={input.url ?? ""} />
        <AdvicePanel advice={advice} />
      </div>
    </div>
  )
}
