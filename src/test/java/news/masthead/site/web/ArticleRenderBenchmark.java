package news.masthead.site.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import news.masthead.MastheadApplication;

/**
 * The cost of rendering an article page when the page cache cannot help: the whole MVC path
 * (queries, page model, jte template) for the demo's longest article and its comments, on one
 * thread, without the servlet filters. Run it with {@code bench/render}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ArticleRenderBenchmark {

    private static final String ARTICLE = "/articles/saltings-seawall-survey-findings";

    private ConfigurableApplicationContext context;
    private MockMvc mvc;
    private long cpuAtStart;
    private long renders;

    @Setup(Level.Trial)
    public void start() throws Exception {
        var dataDir = Files.createTempDirectory("masthead-render-");
        context = new SpringApplicationBuilder(MastheadApplication.class).run("--server.port=0",
                "--management.server.port=0", "--masthead.data-dir=" + dataDir, "--logging.level.root=warn",
                "--logging.level.masthead.requests=warn");
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
    }

    /** Wall time is what JMH reports; on a shared machine the thread's own CPU time is the fairer figure. */
    @Setup(Level.Iteration)
    public void startCounting() {
        cpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        renders = 0;
    }

    @TearDown(Level.Iteration)
    public void reportCpu() {
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart;
        System.out.printf("  cpu per render: %.3f ms over %d renders%n", cpu / 1e6 / Math.max(1, renders), renders);
    }

    @Benchmark
    public byte[] renderArticle() throws Exception {
        renders++;
        return mvc.perform(get(ARTICLE)).andReturn().getResponse().getContentAsByteArray();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }
}
