package zonesim.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in Azure region catalogue (SPEC 4.4), read from the data file
 * {@code zonesim/regions.csv}: id, display name, approximate coordinates, and whether the
 * region has availability zones.
 */
public final class RegionCatalogue {
    private static final String RESOURCE = "/zonesim/regions.csv";

    private final Map<String, Entry> entries;

    /** One catalogue region; coordinates in degrees. */
    public record Entry(String id, String displayName, double latitude, double longitude, boolean hasZones) { }

    private RegionCatalogue(Map<String, Entry> entries) {
        this.entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The catalogue shipped with zonesim (read once, immutable). */
    public static RegionCatalogue builtIn() {
        return Holder.BUILT_IN;
    }

    /** The region with this id, if catalogued. */
    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every catalogued region, in file order. */
    public Collection<Entry> entries() {
        return entries.values();
    }

    /** True iff {@code id} is catalogued and has availability zones. */
    public boolean hasZones(String id) {
        return find(id).map(Entry::hasZones).orElse(false);
    }

    /** Lazy holder of the immutable built-in catalogue. */
    private static final class Holder {
        static final RegionCatalogue BUILT_IN = read();
    }

    private static RegionCatalogue read() {
        try (InputStream in = RegionCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Entry> map = new LinkedHashMap<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 5) {
                    throw new IllegalStateException(RESOURCE + ": bad line '" + line + "'");
                }
                map.put(f[0].trim(), new Entry(f[0].trim(), f[1].trim(), Double.parseDouble(f[2].trim()),
                        Double.parseDouble(f[3].trim()), Boolean.parseBoolean(f[4].trim())));
            }
            return new RegionCatalogue(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
