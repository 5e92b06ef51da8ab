package io.rhc.emit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  public record View(String greeting, String name, List<String> items, boolean flag) {}

  @Test
  void recordAccessorsResolveAndNothingIsHtmlEscaped() {
    String out = Templates.instance().render("io/rhc/emit/template/sample.mustache",
        new View("a \"quoted\" 'x'", "b&c", List.of("1", "<2>"), true));
    assertEquals("a \"quoted\" 'x' <b&c> & [1][<2>] on\n", out);
  }

  @Test
  void mapsWork() {
    String out = Templates.instance().render("io/rhc/emit/template/sample.mustache",
        Map.of("greeting", "hi", "name", "n", "items", List.of(), "flag", false));
    assertEquals("hi <n> & \n", out);
  }

  @Test
  void missingVariableIsAnError() {
    TemplateException e = assertThrows(TemplateException.class,
        () -> Templates.instance().render("io/rhc/emit/template/missing.mustache", new View("", "", List.of(), false)));
    assertTrue(e.getMessage().contains("`absent`"), e.getMessage());
  }

  @Test
  void missingSectionIsAnError() {
    assertThrows(TemplateException.class, () -> Templates.instance()
        .render("io/rhc/emit/template/missing-section.mustache", new View("", "", List.of(), false)));
  }

  @Test
  void missingTemplateIsAnError() {
    TemplateException e = assertThrows(TemplateException.class,
        () -> Templates.instance().render("io/rhc/nope.mustache", Map.of()));
    assertTrue(e.getMessage().startsWith("io/rhc/nope.mustache: not found on the class path"), e.getMessage());
  }

  @Test
  void missingPartialIsAnErrorNamingIt() {
    TemplateException e = assertThrows(TemplateException.class,
        () -> Templates.instance().render("io/rhc/emit/template/missing-partial.mustache", Map.of()));
    assertTrue(e.getMessage().contains("_absent"), e.getMessage());
  }
}
