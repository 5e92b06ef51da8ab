package io.rhc.emit.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one Mustache.java factory of the project, strict in two ways the default is not: values are
 * written as they are (no HTML escaping) and a variable or section the view does not have is an
 * error instead of an empty string. Templates are class-path resources, compiled once and cached.
 */
public final class Templates {
  private static final Templates INSTANCE = new Templates();

  private final DefaultMustacheFactory factory = new StrictFactory();
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  private Templates() {
    factory.setObjectHandler(new StrictObjectHandler());
  }

  public static Templates instance() {
    return INSTANCE;
  }

  /**
   * Compiles class-path templates ahead of their first render, for example while a native image is
   * built, so that the compiled form is part of the image and no run parses a template.
   */
  public void precompile(Iterable<String> resources) {
    for (String resource : resources) {
      compiled.computeIfAbsent(resource, this::compile);
    }
  }

  /**
   * Renders a class-path template.
   *
   * @param resource path without a leading slash, e.g. {@code io/rhc/emit/runtime/redis.conf.mustache}
   * @param view record or map whose accessors the template names
   * @throws TemplateException when the template is missing or names something the view lacks
   */
  public String render(String resource, Object view) {
    Mustache mustache = compiled.computeIfAbsent(resource, this::compile);
    StringWriter out = new StringWriter();
    try {
      mustache.execute(out, view).flush();
    } catch (MustacheException e) {
      throw new TemplateException(resource + ": " + rootMessage(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private Mustache compile(String resource) {
    if (Templates.class.getClassLoader().getResource(resource) == null) {
      throw new TemplateException("template not found on the class path: " + resource, null);
    }
    return factory.compile(resource);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static final class StrictFactory extends DefaultMustacheFactory {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class StrictObjectHandler extends ReflectionObjectHandler {
    @Override
    protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
      throw new MustacheException("the view has no value named `" + name + "`");
    }
  }
}
