/**
 * Assembles the stages into a {@link org.tidings.pipeline.Pipeline}: the {@link
 * org.tidings.pipeline.Stage} interface, the standard line-up ({@link org.tidings.pipeline.Pipelines}),
 * the resources loaded once per JVM ({@link org.tidings.pipeline.PipelineResources}), configuration and
 * the batch runner.
 *
 * <p>Depends on the stage packages (to assemble them) and the model. Stage packages may depend on it
 * only for {@code Stage} and {@code SkipArticle}; {@code extract} not at all. Applications
 * (tidings-cli, tidings-eval, tidings-bench, {@code watch}) build pipelines through it.
 */
package org.tidings.pipeline;
