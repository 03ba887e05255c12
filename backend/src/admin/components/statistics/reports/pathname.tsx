/** A page path, monospaced and cut with an ellipsis when long (the full path in its title). */
export function Pathname({ value }: { value: string }) {
  return (
    <span title={value} className="txt-compact-small block max-w-[320px] truncate font-mono">
      {value}
    </span>
  )
}
