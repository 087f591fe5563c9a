package zonesim.importer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the scenario text (SPEC 3) for an imported registry: YAML written directly, since
 * its value is in the comments. Every value read from the input carries a comment naming the
 * file, JSON pointer and line it came from; values the input left open are marked default,
 * ASSUMED or PLACEHOLDER; the failure parameters are the documented {@link Defaults}.
 */
final class Writer {
    /** Column where value comments start. */
    private static final int COMMENT_COLUMN = 34;
    /** Placeholder pull and push rates at the home region and at other replica regions. */
    private static final String HOME_RATES = "{ pulls: 1000/h, pushes: 10/h }";
    private static final String OTHER_RATES = "{ pulls: 100/h, pushes: 1/h }";

    private Writer() { }

    /** The scenario text. */
    static String yaml(Imported imp, PlatformChoice choice, RegionNames regions, Defaults defaults) {
        StringBuilder b = new StringBuilder();
        header(b, imp);
        line(b, "name: " + Text.yaml(scenarioName(imp)), "results go to results/<name>/");
        b.append("description: ").append(Text.yaml("registry " + imp.displayName() + " imported from "
                + String.join(", ", imp.files()))).append('\n');
        b.append("seed: 1\nreplications: 1000\nhorizon: 1y\nconfidence: 0.95\n");
        paragraph(b, "", "platform " + choice.platform() + ": " + String.join(" ", choice.reasons()));
        b.append("platform: ").append(choice.platform()).append("\n\n");
        topology(b, imp, choice, regions, defaults);
        registry(b, imp);
        clients(b, imp, regions);
        for (String key : List.of("routing", "replication", "sla")) {
            b.append(defaults.block(key, 0)).append('\n');
        }
        b.append(Alternatives.yaml(imp, choice, regions));
        return b.toString();
    }

    /** Appends {@code content}, then {@code comment} aligned at the comment column. */
    static void line(StringBuilder b, String content, String comment) {
        b.append(content);
        b.append(" ".repeat(Math.max(1, COMMENT_COLUMN - content.length())));
        b.append("# ").append(Text.commentSafe(comment)).append('\n');
    }

    /** Appends {@code text} as comment lines of at most 100 characters, each starting with {@code indent}. */
    static void paragraph(StringBuilder b, String indent, String text) {
        StringBuilder line = new StringBuilder(indent + "#");
        for (String word : Text.commentSafe(text).split(" +")) {
            if (line.length() + 1 + word.length() > 100 && line.length() > indent.length() + 1) {
                b.append(line).append('\n');
                line = new StringBuilder(indent + "#");
            }
            line.append(' ').append(word);
        }
        b.append(line).append('\n');
    }

    private static void header(StringBuilder b, Imported imp) {
        b.append("# Imported by `zonesim import` from ").append(Text.commentSafe(String.join(", ", imp.files())))
                .append(" (").append(Text.commentSafe(imp.source())).append(").\n");
        b.append("# Each value read from the input names in a comment the file, JSON pointer (RFC 6901) and line\n"
                + "# it came from; ASSUMED marks a value the input did not settle (the import printed a notice for\n"
                + "# each). Failure parameters are zonesim's documented defaults with their public sources, and\n"
                + "# client rates are PLACEHOLDERs: edit both to your own knowledge before trusting the figures.\n");
    }

    private static void topology(StringBuilder b, Imported imp, PlatformChoice choice, RegionNames regions,
                                 Defaults defaults) {
        b.append("topology:\n");
        line(b, "  regions:", "zones from the built-in region catalogue (zonesim regions)");
        int width = choice.zones().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Integer> z : choice.zones().entrySet()) {
            String region = z.getKey();
            String pad = " ".repeat(width - region.length());
            String what = regions.entry(region).map(e -> e.displayName() + (e.hasZones() ? ": availability zones"
                    : ": no availability zones" + (z.getValue() > 1 ? " in the catalogue; zones as the input implies" : "")))
                    .orElse("not in the catalogue; add latitude/longitude to route clients here");
            line(b, "    " + region + ": " + pad + "{ zones: " + z.getValue() + ", datacenters_per_zone: 1 }", what);
        }
        b.append(defaults.block("failures", 2)).append('\n');
        b.append(defaults.block("common_cause", 2)).append('\n');
    }

    private static void registry(StringBuilder b, Imported imp) {
        b.append("registry:\n");
        line(b, "  name: " + Text.yaml(imp.displayName()), imp.nameKnown() ? imp.at().cite()
                : "known only at deployment, written as its expression (" + imp.at().cite() + ")");
        line(b, "  sku: " + imp.sku().value(), imp.sku().cite());
        Imported.Replica home = imp.replica(imp.home());
        line(b, "  home: " + imp.home(), "the registry's location, as for replicas." + imp.home() + " below");
        b.append("  replicas:\n");
        for (Imported.Replica r : imp.replicas()) {
            line(b, "    " + r.region() + ":", (r.region().equals(imp.home()) ? "home: " : "") + location(r));
            line(b, "      zone_redundancy: " + r.zr(), r.zoneRedundant().cite());
            if (!r.zr()) {
                line(b, "      placement: random", "default: one datacenter, drawn per replication; or azK/dcM");
            }
            line(b, "      routing: " + r.routing().value(), r.routing().cite()
                    + (r.routing().value() ? "" : ": regional endpoint disabled, gets no routed traffic, still replicates"));
        }
        line(b, "  write_quorum: 1", "default: one zone up takes pushes");
        line(b, "  zone_failover: 5s", "default: ACR documents \"a few seconds\" to drop a failed zone");
        b.append('\n');
    }

    private static void clients(StringBuilder b, Imported imp, RegionNames regions) {
        List<Imported.Replica> placed = imp.replicas().stream().filter(r -> regions.entry(r.region()).isPresent())
                .collect(Collectors.toList());
        if (placed.isEmpty()) {
            b.append("# No client regions: no replica region has known coordinates. Add clients (SPEC 4.5).\n\n");
            return;
        }
        b.append("# PLACEHOLDER client traffic: one client region per replica region. Edit the rates, and add\n"
                + "# the regions your clients really are in, before trusting client figures (SPEC 4.5).\n");
        b.append("clients:\n");
        boolean unplaced = placed.size() < imp.replicas().size();
        if (unplaced) {
            b.append("# A replica region without coordinates cannot be ranked by distance: each client lists its\n"
                    + "# replicas nearest first with those regions last (prefer, SPEC 4.5); edit as needed.\n");
        }
        int width = placed.stream().mapToInt(r -> r.region().length()).max().orElse(0);
        for (Imported.Replica r : placed) {
            String rates = r.region().equals(imp.home()) ? HOME_RATES : OTHER_RATES;
            if (unplaced) {
                rates = rates.substring(0, rates.length() - 2) + ", prefer: [" + String.join(", ", preference(r, imp, regions))
                        + "] }";
            }
            line(b, "  " + r.region() + ": " + " ".repeat(width - r.region().length()) + rates, "PLACEHOLDER: edit");
        }
        b.append('\n');
    }

    /** The replica regions nearest first from {@code client}'s region, uncatalogued regions last. */
    private static List<String> preference(Imported.Replica client, Imported imp, RegionNames regions) {
        var from = regions.entry(client.region()).orElseThrow();
        return imp.replicas().stream().map(Imported.Replica::region)
                .sorted(java.util.Comparator.comparingDouble(id -> regions.entry(id)
                        .map(e -> RegionNames.distanceKm(from, e)).orElse(Double.MAX_VALUE)))
                .collect(Collectors.toList());
    }

    /** {@code file /pointer (line N)} of a replica's location, with the text as written when it differs. */
    private static String location(Imported.Replica r) {
        String as = r.location().value() != null && !r.location().value().equals(r.region())
                ? " \"" + r.location().value() + "\"" : "";
        return r.location().cite() + as;
    }

    /** The scenario name: the registry's name, or {@code imported} when only known at deployment. */
    static String scenarioName(Imported imp) {
        if (!imp.nameKnown()) {
            return "imported";
        }
        String s = imp.name().replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[.-]+", "");
        return s.isEmpty() ? "imported" : s;
    }
}
