package zonesim.metrics;

/** What a recorder of an observed node's down time answers. */
public sealed interface Downtime permits DowntimeRecorder, OutageRecorder {
    /** Down hours from time 0 up to time {@code hours} (counting a down period still open then). */
    double downHoursAt(double hours);
}
