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
 * Prints contender/baseline ratios from a JMH JSON result ({@code -rf json -rff FILE}), or from rounds
 * of single forks run back to back ({@code --rounds DIR}, see {@link #rounds}), per
 * benchmark class, parameter set and operation. Methods are named {@code a_jdbcBaseline<Op>}
 * for the baseline and {@code <letter>_<contender><Op>} for each contender, e.g.
 * {@code b_engineSelectByPk}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.athanor.benchmarks.Ratios result.json [target] [Op=target ...]
 *     [Op:param[=max] ...]
 * java -cp benchmarks/target/benchmarks.jar dev.athanor.benchmarks.Ratios --rounds DIR [target] [Op=target ...]</pre>
 *
 * For throughput the ratio is contender / baseline throughput and the target a minimum (default
 * 0.95, or {@code Op=0.9} for one operation). For a time mode (single shot, average time,
 * sampling) it is contender / baseline time and the target a maximum, checked only where an
 * {@code Op=target} names it. The error of a ratio combines the two scores' 99.9% confidence
 * half-widths, as relative errors added in quadrature; a ratio on the wrong side of its target is
 * marked.
 *
 * <p>{@code Op:param} compares an operation with itself: for each method of {@code Op}, its time at the
 * largest value of the numeric parameter {@code param} over its time at the smallest, other
 * parameters equal (e.g. {@code AutoFlushOneDirty:contextSize}: 1.0 when the cost does not grow with
 * the context). With {@code =max}, a scaling ratio above {@code max} is marked.
 */
public final class Ratios {

    static final String BASELINE_PREFIX = "a_jdbcBaseline";
    static final double DEFAULT_TARGET = 0.95;

    private Ratios() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Ratios <jmh-result.json> [throughput target, default " + DEFAULT_TARGET
                    + "] [Operation=target ...]");
            System.exit(2);
        }
        if (args[0].equals("--rounds")) {
            Targets targets = Targets.parse(List.of(args).subList(2, args.length));
            System.out.print(rounds(Path.of(args[1]), targets));
            return;
        }
        Targets targets = Targets.parse(List.of(args).subList(1, args.length));
        Object json = JsonReader.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        if (!(json instanceof List<?> runs) || runs.isEmpty()) {
            throw new IllegalArgumentException(args[0] + " holds no JMH results (expected a JSON array; run JMH"
                    + " with -rf json -rff " + args[0] + ")");
        }
        System.out.print(report(runs, targets));
        System.out.print(scaling(runs, targets));
    }

    /**
     * The default throughput target, the targets given per operation, and the scalings asked for
     * ({@code Op:param} to its maximum, NaN when none was given).
     */
    record Targets(double throughput, Map<String, Double> perOperation, Map<String, Double> scalings) {

        static Targets parse(List<String> args) {
            double throughput = DEFAULT_TARGET;
            Map<String, Double> perOperation = new LinkedHashMap<>();
            Map<String, Double> scalings = new LinkedHashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                double value = eq < 0 ? Double.NaN : Double.parseDouble(arg.substring(eq + 1));
                if (name.contains(":")) {
                    scalings.put(name, value);
                } else if (eq < 0) {
                    throughput = Double.parseDouble(arg);
                } else {
                    perOperation.put(name, value);
                }
            }
            return new Targets(throughput, perOperation, scalings);
        }

        /** The operation's target; NaN for a time mode without one. */
        double of(String operation, boolean timeMode) {
            Double given = perOperation.get(operation);
            return given != null ? given : timeMode ? Double.NaN : throughput;
        }
    }

    /** One score: a benchmark method under one parameter set. */
    record Score(String benchmarkClass, String method, String params, Map<String, Object> paramValues, String mode,
            double score, double error, String unit) {

        double relativeError() {
            return Double.isNaN(error) || score == 0 ? Double.NaN : error / score;
        }

        /** Lower is better: single shot, average time or sampled time rather than throughput. */
        boolean timeMode() {
            return !mode.equals("thrpt");
        }
    }

    static String report(List<?> runs, Targets targets) {
        // class + params -> method -> score, in the order JMH ran them
        Map<String, Map<String, Score>> groups = new LinkedHashMap<>();
        for (Object run : runs) {
            Score score = scoreOf(run);
            groups.computeIfAbsent(score.benchmarkClass() + " " + score.params(), k -> new LinkedHashMap<>())
                    .put(score.method(), score);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Score ± 99.9%% CI; ratio = contender / %s throughput, target >= %.2f"
                + " unless named; (time) rows: ratio = contender / %s time, target <= the one named%n",
                BASELINE_PREFIX.substring(2), targets.throughput(), BASELINE_PREFIX.substring(2)));
        for (Map<String, Score> group : groups.values()) {
            Score any = group.values().iterator().next();
            out.append(String.format(Locale.ROOT, "%n%s  %s%n", simpleName(any.benchmarkClass()),
                    any.params().isEmpty() ? "(no parameters)" : any.params()));
            out.append(String.format(Locale.ROOT, "  %-29s %-18s %24s %24s %16s%n", "operation", "contender",
                    "baseline", "contender", "ratio"));
            appendRows(out, group, targets);
        }
        return out.toString();
    }

    private static void appendRows(StringBuilder out, Map<String, Score> group, Targets targets) {
        List<String> unmatched = new ArrayList<>();
        for (Comparison c : comparisons(group, unmatched)) {
            double ratio = c.ratio();
            double relative = Math.hypot(c.baseline().relativeError(), c.contender().relativeError());
            boolean time = c.contender().timeMode();
            out.append(String.format(Locale.ROOT, "  %-29s %-18s %24s %24s %16s%s%n",
                    time ? c.operation() + " (time)" : c.operation(), c.contenderName(), withError(c.baseline()),
                    withError(c.contender()), Double.isNaN(relative) ? String.format(Locale.ROOT, "%.3f", ratio)
                            : String.format(Locale.ROOT, "%.3f ± %.3f", ratio, ratio * relative),
                    missed(ratio, time, targets.of(c.operation(), time))));
        }
        if (!unmatched.isEmpty()) {
            out.append("  no ").append(BASELINE_PREFIX).append(" method to compare with: ").append(unmatched)
                    .append('\n');
        }
    }

    /** A contender's score beside its baseline's, for one operation under one parameter set. */
    record Comparison(String operation, String contenderName, Score baseline, Score contender) {

        /** Contender / baseline: throughputs, or times in a time mode. */
        double ratio() {
            return contender.score() / baseline.score();
        }
    }

    /** Each contender of {@code group} (methods by name) beside its baseline; those without one go to {@code unmatched}. */
    static List<Comparison> comparisons(Map<String, Score> group, List<String> unmatched) {
        Map<String, Score> baselines = new LinkedHashMap<>();
        group.forEach((method, score) -> {
            if (method.startsWith(BASELINE_PREFIX)) {
                baselines.put(method.substring(BASELINE_PREFIX.length()), score);
            }
        });
        List<Comparison> comparisons = new ArrayList<>();
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
            comparisons.add(new Comparison(operation, name.substring(0, name.length() - operation.length()),
                    baselines.get(operation), entry.getValue()));
        }
        return comparisons;
    }

    /** The mark of a ratio on the wrong side of its target (none without a target). */
    private static String missed(double ratio, boolean time, double target) {
        return Double.isNaN(target) ? "" : time ? (ratio > target ? "  > target " + target : "")
                : (ratio < target ? "  < target " + target : "");
    }

    /**
     * The ratios of rounds of single forks run back to back ({@code run-benchmarks.sh} with {@code
     * PAIRS=n}): {@code dir} holds {@code round-<k>-<method>.json}, one fork of one method each. Per
     * round the contender is compared with the baseline fork run just before it, so that the drift of
     * a shared machine between runs weighs on both alike; each ratio's median over the rounds is held
     * to the target, and its lowest and highest are shown.
     */
    static String rounds(Path dir, Targets targets) throws IOException {
        // round -> class + params -> method -> score
        Map<Integer, Map<String, Map<String, Score>>> rounds = new TreeMap<>();
        List<Path> files;
        try (var listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().matches("round-\\d+-.*\\.json")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            int round = Integer.parseInt(name.substring("round-".length(), name.indexOf('-', "round-".length())));
            Object json = JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(json instanceof List<?> runs)) {
                throw new IllegalArgumentException(file + " holds no JMH results");
            }
            for (Object run : runs) {
                Score score = scoreOf(run);
                rounds.computeIfAbsent(round, k -> new LinkedHashMap<>())
                        .computeIfAbsent(simpleName(score.benchmarkClass()) + "  " + score.params(),
                                k -> new LinkedHashMap<>())
                        .put(score.method(), score);
            }
        }
        // class + params -> operation and contender -> the ratio of each round
        Map<String, Map<String, List<Double>>> ratios = new LinkedHashMap<>();
        Map<String, Boolean> timeModes = new LinkedHashMap<>();
        for (Map<String, Map<String, Score>> round : rounds.values()) {
            round.forEach((group, methods) -> {
                for (Comparison c : comparisons(methods, new ArrayList<>())) {
                    String key = c.operation() + "\t" + c.contenderName();
                    ratios.computeIfAbsent(group, k -> new LinkedHashMap<>())
                            .computeIfAbsent(key, k -> new ArrayList<>()).add(c.ratio());
                    timeModes.put(key, c.contender().timeMode());
                }
            });
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d rounds of single forks back to back; per round ratio = contender /"
                + " %s of the same round (throughput, or time for (time) rows); the median is held to the target%n",
                rounds.size(), BASELINE_PREFIX.substring(2)));
        ratios.forEach((group, byOperation) -> {
            out.append(String.format(Locale.ROOT, "%n%s%n", group));
            byOperation.forEach((key, values) -> {
                String operation = key.substring(0, key.indexOf('\t'));
                boolean time = timeModes.get(key);
                List<Double> sorted = values.stream().sorted().toList();
                double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
                out.append(String.format(Locale.ROOT, "  %-29s %-18s median %.3f  (%.3f – %.3f; rounds: %s)%s%n",
                        time ? operation + " (time)" : operation, key.substring(key.indexOf('\t') + 1), median,
                        sorted.get(0), sorted.get(sorted.size() - 1), values.stream()
                                .map(v -> String.format(Locale.ROOT, "%.2f", v)).toList(),
                        missed(median, time, targets.of(operation, time))));
            });
        });
        return out.toString();
    }

    /**
     * For each {@code Op:param} asked for, each method of {@code Op} and each setting of the other
     * parameters: time at the largest value of {@code param} / time at the smallest.
     */
    static String scaling(List<?> runs, Targets targets) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Double> asked : targets.scalings().entrySet()) {
            String operation = asked.getKey().substring(0, asked.getKey().indexOf(':'));
            String param = asked.getKey().substring(asked.getKey().indexOf(':') + 1);
            // class + method + other params -> the scores along param, smallest value first
            Map<String, TreeMap<Double, Score>> series = new LinkedHashMap<>();
            for (Object run : runs) {
                Score score = scoreOf(run);
                Object value = score.paramValues().get(param);
                if (!score.method().endsWith(operation) || value == null) {
                    continue;
                }
                Map<String, Object> others = new TreeMap<>(score.paramValues());
                others.remove(param);
                series.computeIfAbsent(simpleName(score.benchmarkClass()) + " " + score.method() + " " + others,
                        k -> new TreeMap<>()).put(Double.parseDouble(value.toString()), score);
            }
            out.append(String.format(Locale.ROOT, "%n%s: time at the largest %s / time at the smallest%s%n",
                    operation, param, Double.isNaN(asked.getValue()) ? ""
                            : String.format(Locale.ROOT, ", target <= %.2f", asked.getValue())));
            if (series.isEmpty()) {
                out.append("  no result of ").append(operation).append(" with a parameter ").append(param).append('\n');
            }
            series.forEach((name, scores) -> out.append(scalingRow(name, param, scores, asked.getValue())));
        }
        return out.toString();
    }

    private static String scalingRow(String name, String param, TreeMap<Double, Score> scores, double target) {
        Score small = scores.firstEntry().getValue();
        Score large = scores.lastEntry().getValue();
        // a throughput is the inverse of a time
        double ratio = small.timeMode() ? large.score() / small.score() : small.score() / large.score();
        double relative = Math.hypot(small.relativeError(), large.relativeError());
        String missed = !Double.isNaN(target) && ratio > target ? "  > target " + target : "";
        return String.format(Locale.ROOT, "  %-60s %s=%s: %s, %s=%s: %s  %s%s%n", name,
                param, small.paramValues().get(param), withError(small),
                param, large.paramValues().get(param), withError(large),
                Double.isNaN(relative) ? String.format(Locale.ROOT, "%.3f", ratio)
                        : String.format(Locale.ROOT, "%.3f ± %.3f", ratio, ratio * relative), missed);
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
        return new Score(benchmark.substring(0, dot), benchmark.substring(dot + 1), shown.toString(), params,
                String.valueOf(entry.get("mode")), number(metric.get("score")), number(metric.get("scoreError")), String.valueOf(metric.get("scoreUnit")));
    }

    /** JMH writes NaN as the string "NaN". */
    private static double number(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        return value == null ? Double.NaN : Double.parseDouble(value.toString());
    }

    private static String withError(Score score) {
        // milliseconds of a bootstrap need decimals; operations per second do not
        String format = score.score() < 100 ? "%,.2f" : "%,.0f";
        String value = String.format(Locale.ROOT, format, score.score());
        String error = Double.isNaN(score.error()) ? "" : String.format(Locale.ROOT, " ± " + format, score.error());
        return value + error + " " + score.unit();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
