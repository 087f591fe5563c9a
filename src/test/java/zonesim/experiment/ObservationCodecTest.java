package zonesim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.metrics.DurationHistogram;

/** The wire form of replications: exact to the bit, and sparse in outage bins. */
class ObservationCodecTest {

    @Test
    void everyDoubleComesBackWithItsRawBits() {
        // values whose bits an encoding through text or a canonicalising call would change
        double payloadNaN = Double.longBitsToDouble(0x7ff8_0000_0000_0abcL);
        double[] record = {-0.0, payloadNaN, Double.MIN_VALUE, 0.1 + 0.2, Double.NEGATIVE_INFINITY, 1e308};
        DurationHistogram h = new DurationHistogram();
        h.addToBin(0, 3);
        h.addToBin(DurationHistogram.BINS - 1, 1L << 40);
        Observation o = new Observation(record, 123_456_789_012L, new DurationHistogram[] {h, new DurationHistogram()});
        List<Observation[]> back = ObservationCodec.decode(ObservationCodec.encode(List.of(
                new Observation[] {o, o}, new Observation[] {o, o})));
        assertEquals(2, back.size());
        for (Observation[] runs : back) {
            assertEquals(2, runs.length);
            for (Observation b : runs) {
                assertEquals(record.length, b.record().length);
                for (int i = 0; i < record.length; i++) {
                    assertEquals(Double.doubleToRawLongBits(record[i]), Double.doubleToRawLongBits(b.record()[i]),
                            "value " + i);
                }
                assertEquals(123_456_789_012L, b.events());
                assertEquals(2, b.outageDurations().length);
                for (int bin = 0; bin < DurationHistogram.BINS; bin++) {
                    assertEquals(h.count(bin), b.outageDurations()[0].count(bin), "bin " + bin);
                    assertEquals(0, b.outageDurations()[1].count(bin), "bin " + bin);
                }
            }
        }
    }

    @Test
    void histogramsTravelAsTheirNonEmptyBinsOnly() {
        DurationHistogram h = new DurationHistogram();
        h.add(2.0); // one outage of 2 h
        Observation o = new Observation(new double[] {1, 2}, 7, new DurationHistogram[] {h});
        // 4 (replications) + 4 (runs) + 4 (record length) + 2 * 8 (values) + 8 (events)
        // + 4 (histograms) + 2 (non-empty bins) + 2 (bin) + 8 (count) = 52 bytes; the 92 bins
        // written in full would take 736 bytes for this histogram alone
        assertEquals(52, ObservationCodec.encode(List.<Observation[]>of(new Observation[] {o})).length);
        assertArrayEquals(new byte[] {0, 0, 0, 0}, ObservationCodec.encode(List.of()));
    }
}
