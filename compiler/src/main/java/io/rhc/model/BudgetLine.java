package io.rhc.model;

/**
 * One line of a memory budget.
 *
 * @param item what the memory is for
 * @param amount how much
 * @param counted whether it adds to the total (the replication backlog lives inside maxmemory)
 * @param why where the figure comes from
 */
public record BudgetLine(String item, ByteSize amount, boolean counted, String why) {}
