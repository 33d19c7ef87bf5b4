// Runs a Neo4j Community DBMS in this JVM with only the Bolt connector open, until SIGTERM.
package dutymap.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class EmbeddedServer {
  private EmbeddedServer() {}

  /** Arguments: home directory, bolt host, bolt port. Writes home/ready once Bolt accepts connections. */
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args.length > 0 ? args[0] : ".neo4j/home").toAbsolutePath();
    String host = args.length > 1 ? args[1] : "127.0.0.1";
    int port = args.length > 2 ? Integer.parseInt(args[2]) : 7687;
    Path ready = home.resolve("ready");
    Files.createDirectories(home);
    Files.deleteIfExists(ready);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        // Local test server on loopback only: no auth keeps CI free of secrets (see packages/graph/README.md).
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        // Two-core CI machines: keep the page cache and transaction memory small.
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Files.deleteIfExists(ready);
      } catch (Exception ignored) {
        // The ready marker is advisory; the stop script also removes it.
      }
      dbms.shutdown();
      stopped.countDown();
    }));

    // Touch the default database so that "ready" means it answers queries, not only that the JVM is up.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    Files.writeString(ready, ProcessHandle.current().pid() + "\n");
    System.out.println("dutymap neo4j: bolt://" + host + ":" + port + " ready, home " + home);
    stopped.await();
  }
}
