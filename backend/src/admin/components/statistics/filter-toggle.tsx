import { Checkbox, Label } from "@medusajs/ui"

interface FilterToggleProps {
  id: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
}

export function FilterToggle({ id, label, checked, onChange }: FilterToggleProps) {
  return (
    <div className="flex items-center gap-2">
      <Checkbox id={id} checked={checked} onCheckedChange={(state) => onChange(state === true)} />
      <Label size="small" htmlFor={id}>
        {label}
      </Label>
    </div>
  )
}
