package io.rhc.emit.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one Mustache.java factory of the project, strict in two ways the default is not: values are
 * written as they are (no HTML escaping) and a variable or section the view does not have is an
 * error instead of an empty string. Templates are class-path resources, compiled once and cached.
 */
public final class Templates {
  private static final Templates INSTANCE = new Templates();

  private final DefaultMustacheFactory factory = new StrictFactory();
  private final StrictObjectHandler handler = new StrictObjectHandler();
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  private Templates() {
    factory.setObjectHandler(handler);
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
   * Looks up, ahead of the first render, every member Mustache.java can find on each of {@code views}, for
   * example while a native image is built, so that no run searches those classes by reflection.
   */
  public void learn(Iterable<Class<?>> views) {
    for (Class<?> view : views) {
      handler.members(view);
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
    try {
      return factory.compile(resource);
    } catch (MustacheNotFoundException e) {
      // the template or one of its partials: each class-path lookup costs a JVM run about a millisecond, so
      // the resolver's own lookup is the only one
      throw new TemplateException(resource + ": not found on the class path: " + e.getMessage(), e);
    }
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
    /** Per class, every name a zero-argument method or a field of it or its supertypes has (see memberNames). */
    private final Map<Class<?>, Set<String>> names = new ConcurrentHashMap<>();
    /** Every name Mustache.java finds a member for, with that member, per record: searched once per record. */
    private final Map<Class<?>, Map<String, AccessibleObject>> members = new ConcurrentHashMap<>();

    @Override
    protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
      throw new MustacheException("the view has no value named `" + name + "`");
    }

    @Override
    protected AccessibleObject findMember(Class type, String name) {
      return type.isRecord() ? members(type).get(name) : super.findMember(type, name);
    }

    /*
     * Mustache.java finds `name` as name(), getName(), isName() or the field `name`, so the names it can
     * find on a record are the zero-argument method names and field names of the record and its supertypes,
     * also after a get or is prefix with the first letter in either case; each is looked up once with
     * Mustache.java's own search, which keeps its precedence and visibility rules. Only records: their
     * members are ours (searching a JDK class for every name would touch members it may not open). Not
     * computeIfAbsent: the search recurses into supertypes, and with them into this map.
     */
    Map<String, AccessibleObject> members(Class<?> type) {
      Map<String, AccessibleObject> known = members.get(type);
      if (known != null) {
        return known;
      }
      Set<String> candidates = new TreeSet<>();
      for (String name : names.computeIfAbsent(type, StrictObjectHandler::memberNames)) {
        candidates.add(name);
        String property = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : "";
        if (!property.isEmpty()) {
          candidates.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
          candidates.add(property);
        }
      }
      Map<String, AccessibleObject> found = new HashMap<>();
      for (String name : candidates) {
        AccessibleObject member = super.findMember(type, name);
        if (member != null) {
          found.put(name, member);
        }
      }
      known = members.putIfAbsent(type, Map.copyOf(found));
      return known != null ? known : members.get(type);
    }

    /** Zero-argument method names and field names of {@code type}, its superclasses and every interface they have. */
    private static Set<String> memberNames(Class<?> type) {
      Set<String> names = new HashSet<>();
      for (Method m : type.getMethods()) {
        // Mustache.java never takes a method that only Object declares (getClass(), wait(), ...)
        if (m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class) {
          names.add(m.getName());
        }
      }
      ArrayDeque<Class<?>> todo = new ArrayDeque<>(List.of(type));
      Set<Class<?>> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        Class<?> c = todo.pop();
        if (c == Object.class || !seen.add(c)) {
          continue;
        }
        for (Method m : c.getDeclaredMethods()) {
          if (m.getParameterCount() == 0) {
            names.add(m.getName());
          }
        }
        for (Field f : c.getDeclaredFields()) {
          names.add(f.getName());
        }
        todo.addAll(List.of(c.getInterfaces()));
        if (c.getSuperclass() != null) {
          todo.add(c.getSuperclass());
        }
      }
      return Set.copyOf(names);
    }

    /*
     * Mustache.java looks a name up as name(), getName(), isName() and a field on every object of the
     * context stack, learning of each miss from a NoSuchMethodException or NoSuchFieldException that the
     * JDK creates with a stack trace: most names miss on most objects, and the stack walks were a quarter
     * of a native compile. A name the class cannot have now fails with a shared exception that has no stack
     * trace; every other lookup goes to Mustache.java as before, so the members found are the same.
     */
    @Override
    protected Method getMethod(Class<?> type, String name, Class<?>... params) throws NoSuchMethodException {
      if (params.length == 0 && !names.computeIfAbsent(type, StrictObjectHandler::memberNames).contains(name)) {
        throw NoSuchMember.METHOD;
      }
      return super.getMethod(type, name, params);
    }

    @Override
    protected Field getField(Class type, String name) throws NoSuchFieldException {
      if (!names.computeIfAbsent(type, StrictObjectHandler::memberNames).contains(name)) {
        throw NoSuchMember.FIELD;
      }
      return super.getField(type, name);
    }
  }

  /** The misses of {@link StrictObjectHandler}: shared, without a stack trace, never shown to anyone. */
  private static final class NoSuchMember {
    static final NoSuchMethodException METHOD = new NoSuchMethodException() {
      @Override
      public synchronized Throwable fillInStackTrace() {
        return this;
      }
    };
    static final NoSuchFieldException FIELD = new NoSuchFieldException() {
      @Override
      public synchronized Throwable fillInStackTrace() {
        return this;
      }
    };

    private NoSuchMember() {}
  }
}
