package cn.eport.onboarding.bench;

import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.pdf.SampleDeclarations;
import cn.eport.onboarding.declaration.pdf.SealedPdfRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.concurrent.TimeUnit;

/**
 * The sealed PDF's rendering (issue 12 item 3, target under 300 ms per application; bench/README.md):
 * the product's {@link SealedPdfRenderer} on the unit tests' sample declarations, a typical 三证合一
 * with three attachments (1 page) and a large one (55 fields, 40 of them several lines long, and 20
 * attachments: 9 pages). JMH sample time: mean and percentiles per render, from the declaration to
 * the saved PDF/A bytes, font subset embedded. Runs in a fresh JVM (one fork) after its warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SealedPdfBenchmark {

    private final SealedPdfRenderer renderer = new SealedPdfRenderer();
    private final Declaration typical = SampleDeclarations.typical();
    private final Declaration large = SampleDeclarations.large();

    @Benchmark
    public byte[] typicalRegistrationWithThreeAttachments() {
        return SampleDeclarations.render(renderer, typical);
    }

    @Benchmark
    public byte[] largeDeclarationOfNinePages() {
        return SampleDeclarations.render(renderer, large);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                .include(SealedPdfBenchmark.class.getName())
                .forks(1)
                .jvmArgs("-Xms256m", "-Xmx256m")
                .warmupIterations(Integer.getInteger("bench.warmup.iterations", 5))
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(Integer.getInteger("bench.measurement.iterations", 10))
                .measurementTime(TimeValue.seconds(3))
                .threads(Integer.getInteger("bench.threads", 1))
                .build()).run();
    }
}
