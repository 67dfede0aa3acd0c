import { forwardRef, type ComponentProps } from "react";
import { Select } from "@/components/ui/select";
import { COMMON_TIME_ZONES, otherTimeZones } from "@/lib/workspaces/time-zones";

/** Common US and Canadian zones by name first, then every other zone. */
export const TimeZoneSelect = forwardRef<HTMLSelectElement, ComponentProps<"select">>(function TimeZoneSelect(props, ref) {
  return (
    <Select ref={ref} {...props}>
      <option value="">Pick a time zone</option>
      <optgroup label="United States and Canada">
        {COMMON_TIME_ZONES.map((z) => (
          <option key={z.id} value={z.id}>
            {z.name}
          </option>
        ))}
      </optgroup>
      <optgroup label="Other zones">
        {otherTimeZones().map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, " ")}
          </option>
        ))}
      </optgroup>
    </Select>
  );
});
