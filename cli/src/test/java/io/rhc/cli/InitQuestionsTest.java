package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class InitQuestionsTest {
  private final StringWriter prompts = new StringWriter();

  private InitQuestions answering(String input) {
    return new InitQuestions(new BufferedReader(new StringReader(input)), new PrintWriter(prompts, true));
  }

  @Test
  void anEmptyAnswerTakesTheDefaultShownInTheQuestion() {
    assertEquals(StarterSpec.Data.MUST_SURVIVE,
        answering("\n").ask("Data (queue, cache, must-survive)", "must-survive", InitValues::data));
    assertEquals("Data (queue, cache, must-survive) [must-survive]: ", prompts.toString());
  }

  @Test
  void aWrongAnswerIsExplainedAndAskedAgain() {
    int nodes = answering("12\n5\n").ask("Data nodes", "3", InitValues::nodes);
    assertEquals(5, nodes);
    assertEquals("Data nodes [3]:   `12` is not a number of data nodes: use 2 to 9 (one master and at least one replica to fail over to)\n"
        + "Data nodes [3]: ", prompts.toString());
  }

  @Test
  void inputThatEndsIsNoAnswer() {
    InitQuestions.NoAnswer e = assertThrows(InitQuestions.NoAnswer.class,
        () -> answering("").ask("Cluster name", "redis-ha", InitValues::name));
    assertTrue(e.getMessage().contains("pass the value as a flag"), e.getMessage());
  }
}
