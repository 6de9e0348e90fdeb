package dev.athanor.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints contender/baseline throughput ratios from a JMH JSON result ({@code -rf json -rff FILE}),
 * per benchmark class, parameter set and operation. Methods are named {@code a_jdbcBaseline<Op>}
 * for the baseline and {@code <letter>_<contender><Op>} for each contender, e.g.
 * {@code b_engineSelectByPk}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.athanor.benchmarks.Ratios result.json [target]</pre>
 *
 * The error of a ratio combines the two scores' 99.9% confidence half-widths, as relative errors
 * added in quadrature; a ratio below the target (default 0.95) is marked.
 */
public final class Ratios {

    static final String BASELINE_PREFIX = "a_jdbcBaseline";
    static final double DEFAULT_TARGET = 0.95;

    private Ratios() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Ratios <jmh-result.json> [target ratio, default " + DEFAULT_TARGET + "]");
            System.exit(2);
        }
        double target = args.length == 2 ? Double.parseDouble(args[1]) : DEFAULT_TARGET;
        Object json = JsonReader.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        if (!(json instanceof List<?> runs) || runs.isEmpty()) {
            throw new IllegalArgumentException(args[0] + " holds no JMH results (expected a JSON array; run JMH"
                    + " with -rf json -rff " + args[0] + ")");
        }
        System.out.print(report(runs, target));
    }

    /** One score: a benchmark method under one parameter set. */
    record Score(String benchmarkClass, String method, String params, double score, double error, String unit) {

        double relativeError() {
            return Double.isNaN(error) || score == 0 ? Double.NaN : error / score;
        }
    }

    static String report(List<?> runs, double target) {
        // class + params -> method -> score, in the order JMH ran them
        Map<String, Map<String, Score>> groups = new LinkedHashMap<>();
        for (Object run : runs) {
            Score score = scoreOf(run);
            groups.computeIfAbsent(score.benchmarkClass() + " " + score.params(), k -> new LinkedHashMap<>())
                    .put(score.method(), score);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Throughput ± 99.9%% CI; ratio = contender / %s, target >= %.2f%n",
                BASELINE_PREFIX.substring(2), target));
        for (Map<String, Score> group : groups.values()) {
            Score any = group.values().iterator().next();
            out.append(String.format(Locale.ROOT, "%n%s  %s%n", simpleName(any.benchmarkClass()),
                    any.params().isEmpty() ? "(no parameters)" : any.params()));
            out.append(String.format(Locale.ROOT, "  %-18s %-10s %24s %24s %16s%n", "operation", "contender",
                    "baseline", "contender", "ratio"));
            appendRows(out, group, target);
        }
        return out.toString();
    }

    private static void appendRows(StringBuilder out, Map<String, Score> group, double target) {
        Map<String, Score> baselines = new LinkedHashMap<>();
        group.forEach((method, score) -> {
            if (method.startsWith(BASELINE_PREFIX)) {
                baselines.put(method.substring(BASELINE_PREFIX.length()), score);
            }
        });
        List<String> unmatched = new ArrayList<>();
        for (Map.Entry<String, Score> entry : group.entrySet()) {
            String method = entry.getKey();
            if (method.startsWith(BASELINE_PREFIX)) {
                continue;
            }
            String name = method.matches("[a-z]_.*") ? method.substring(2) : method;
            String operation = baselines.keySet().stream()
                    .filter(op -> name.endsWith(op) && name.length() > op.length())
                    .max((x, y) -> Integer.compare(x.length(), y.length()))
                    .orElse(null);
            if (operation == null) {
                unmatched.add(method);
                continue;
            }
            Score base = baselines.get(operation);
            Score contender = entry.getValue();
            double ratio = contender.score() / base.score();
            double relative = Math.hypot(base.relativeError(), contender.relativeError());
            out.append(String.format(Locale.ROOT, "  %-18s %-10s %24s %24s %16s%s%n", operation,
                    name.substring(0, name.length() - operation.length()), withError(base), withError(contender),
                    Double.isNaN(relative) ? String.format(Locale.ROOT, "%.3f", ratio)
                            : String.format(Locale.ROOT, "%.3f ± %.3f", ratio, ratio * relative),
                    ratio < target ? "  < target" : ""));
        }
        if (!unmatched.isEmpty()) {
            out.append("  no ").append(BASELINE_PREFIX).append(" method to compare with: ").append(unmatched)
                    .append('\n');
        }
    }

    private static Score scoreOf(Object run) {
        Map<?, ?> entry = (Map<?, ?>) run;
        String benchmark = (String) entry.get("benchmark");
        int dot = benchmark.lastIndexOf('.');
        Map<String, Object> params = new TreeMap<>();
        if (entry.get("params") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> params.put(String.valueOf(k), v));
        }
        StringBuilder shown = new StringBuilder();
        params.forEach((k, v) -> shown.append(shown.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        Map<?, ?> metric = (Map<?, ?>) entry.get("primaryMetric");
        return new Score(benchmark.substring(0, dot), benchmark.substring(dot + 1), shown.toString(),
                number(metric.get("score")), number(metric.get("scoreError")), String.valueOf(metric.get("scoreUnit")));
    }

    /** JMH writes NaN as the string "NaN". */
    private static double number(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        return value == null ? Double.NaN : Double.parseDouble(value.toString());
    }

    private static String withError(Score score) {
        String value = String.format(Locale.ROOT, "%,.0f", score.score());
        String error = Double.isNaN(score.error()) ? "" : String.format(Locale.ROOT, " ± %,.0f", score.error());
        return value + error + " " + score.unit();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
