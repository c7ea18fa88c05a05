package org.parley.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.parley.store.Queries;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley query}: questions across every stored document. Each subcommand is one question of
 * {@link Queries}: its own filters, then {@link Base} opens the store, asks, and prints the answer.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Asks the store across all documents: documents, actors, quotes, events, stances, changes, timeline.",
    subcommands = {QueryCommand.DocumentsQuery.class, QueryCommand.ActorsQuery.class, QueryCommand.QuotesQuery.class,
        QueryCommand.EventsQuery.class, QueryCommand.StancesQuery.class, QueryCommand.ChangesQuery.class,
        QueryCommand.TimelineQuery.class})
final class QueryCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "query needs one of: documents, actors, quotes, events, stances, changes, timeline");
  }

  /** What every query takes: the store, the output format and a row limit; and how it answers. */
  @Command(mixinStandardHelpOptions = true)
  abstract static class Base implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db = Store.DEFAULT_PATH;

    @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv.")
    QueryOutput.Format format;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows.")
    Integer limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract Table ask(Queries q) throws StoreException;

    @Override
    public Integer call() {
      if (limit != null && limit < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 1, was " + limit);
      }
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      try (Store store = Store.openExisting(db)) {
        QueryOutput.print(ask(new Queries(store, limit)), format, out);
        return 0;
      } catch (StoreException e) {
        System.err.println("parley: " + e.getMessage());
        return e.badInput() ? 2 : 1;
      }
    }
  }

  /** {@code --since}: a filter several queries share. */
  static final class Since {
    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only what is dated on or after this date.")
    LocalDate date;
  }

  /** {@code --actor}: a filter several queries share. */
  static final class Actor {
    @Option(names = "--actor", paramLabel = "NAME",
        description = "Only what involves an actor whose name contains NAME.")
    String name;
  }

  /** {@code --issue}: a filter several queries share. */
  static final class IssueLabel {
    @Option(names = "--issue", paramLabel = "TEXT", description = "Issues whose label contains TEXT.")
    String text;
  }

  @Command(name = "documents",
      description = "The stored documents with how many actors, quotes, events and stances each has.")
  static final class DocumentsQuery extends Base {
    @Mixin Since since;

    @Override
    Table ask(Queries q) throws StoreException {
      return q.documents(since.date);
    }
  }

  @Command(name = "actors", description = "Actors merged across documents (by name), most mentioned first.")
  static final class ActorsQuery extends Base {
    @Option(names = "--name", paramLabel = "TEXT", description = "Names containing TEXT.")
    String name;

    @Option(names = "--kind", paramLabel = "KIND", description = "person, country, organization or group.")
    String kind;

    @Override
    Table ask(Queries q) throws StoreException {
      return q.actors(name, kind);
    }
  }

  @Command(name = "quotes",
      description = "Quotes across documents; the same words by the same speaker are one row with all reports.")
  static final class QuotesQuery extends Base {
    @Option(names = "--speaker", paramLabel = "NAME", description = "Speakers whose name contains NAME.")
    String speaker;

    @Option(names = "--issue", paramLabel = "TEXT",
        description = "Quotes containing TEXT, or at a stance on an issue whose label contains it.")
    String issue;

    @Mixin Since since;

    @Override
    Table ask(Queries q) throws StoreException {
      return q.quotes(speaker, issue, since.date);
    }
  }

  @Command(name = "events", description = "Events (PLOVER) by date.")
  static final class EventsQuery extends Base {
    @Option(names = "--type", paramLabel = "T", description = "PLOVER type, e.g. CONSULT.")
    String type;

    @Mixin Actor actor;
    @Mixin Since since;

    @Override
    Table ask(Queries q) throws StoreException {
      return q.events(type, actor.name, since.date);
    }
  }

  @Command(name = "stances",
      description = "The stance matrix: each actor's latest position on each issue, and its history.")
  static final class StancesQuery extends Base {
    @Mixin Actor actor;
    @Mixin IssueLabel issue;

    @Override
    Table ask(Queries q) throws StoreException {
      return q.stances(actor.name, issue.text);
    }
  }

  @Command(name = "changes",
      description = "Changes of position: an actor on an issue with another polarity than before, in date order.")
  static final class ChangesQuery extends Base {
    @Mixin Actor actor;
    @Mixin IssueLabel issue;

    @Mixin Since since;

    @Override
    Table ask(Queries q) throws StoreException {
      return q.changes(actor.name, issue.text, since.date);
    }
  }

  @Command(name = "timeline", description = "Events, quotes and stances by date.")
  static final class TimelineQuery extends Base {
    @Mixin Actor actor;
    @Mixin Since since;

    @Override
    Table ask(Queries q) throws StoreException {
      return q.timeline(actor.name, since.date);
    }
  }
}
