package io.github.cloudmckeys.demo;

/*
 * The demo data file (what --demo-data FILE reads; the bundled demo-data.json has the same shape):
 *
 * {
 *   "user": {"id": "…", "userName": "…", "firstName": "…", "lastName": "…", "email": "…"},
 *   "connections": [{"id": "…", "serviceCode": "…", "name": "Object Storage", "type": "swift"}],
 *   "environments": [{"id": "…", "name": "…", "description": "…",
 *                     "organization": {"id": "…", "name": "…", "entryPoint": "…"},
 *                     "connectionId": "<id of a connection>",
 *                     "apiInfo": {"canRegenerateCredentials": true,
 *                                 "fields": [{"key": "…", "value": "…", "sensitive": false,
 *                                             "environmentSpecific": false}]}}]
 * }
 *
 * Required: user.id, user.userName; each connection's id and name; each environment's id, name,
 * organization (id, name), connectionId, apiInfo.fields; each field's key and value. Everything
 * else may be left out (strings default to "", booleans to false). Ids are unique, every
 * connectionId names a connection, and unknown properties are ignored so the format can grow.
 * The portal serves the fields in the file's order, values verbatim.
 */

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.Environment;
import io.github.cloudmckeys.portal.PortalUser;
import io.github.cloudmckeys.portal.ServiceConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the {@link DemoPortal} serves: one user, the service connections and the
 * environments with their service API keys.
 *
 * <p>The file format, as read by {@link #load(Path)} and {@link #read(InputStream)}:
 * <pre>{@code
 * {
 *   "user": {"id": "…", "userName": "…", "firstName": "…", "lastName": "…", "email": "…"},
 *   "connections": [{"id": "…", "serviceCode": "…", "name": "Object Storage", "type": "swift"}],
 *   "environments": [{"id": "…", "name": "…", "description": "…",
 *                     "organization": {"id": "…", "name": "…", "entryPoint": "…"},
 *                     "connectionId": "<id of a connection>",
 *                     "apiInfo": {"canRegenerateCredentials": true,
 *                                 "fields": [{"key": "…", "value": "…", "sensitive": false,
 *                                             "environmentSpecific": false}]}}]
 * }
 * }</pre>
 * Ids must be unique and every {@code connectionId} must name a connection; unknown
 * properties are ignored. Field values are served verbatim, in the file's order.
 */
public record DemoData(PortalUser user, List<ServiceConnection> connections, List<DemoEnvironment> environments) {

    private static final String BUNDLED = "/io/github/cloudmckeys/demo/demo-data.json";

    /** @throws IllegalArgumentException when ids repeat or an environment names an unknown connection */
    public DemoData {
        Objects.requireNonNull(user, "user");
        connections = List.copyOf(connections);
        environments = List.copyOf(environments);
        Set<String> connectionIds = new HashSet<>();
        for (ServiceConnection connection : connections) {
            if (connection.id() == null || connection.id().isBlank()) {
                throw InvalidDemoData.of("connectionWithoutId");
            }
            if (!connectionIds.add(connection.id())) {
                throw InvalidDemoData.of("duplicateConnection", connection.id());
            }
        }
        Set<String> environmentIds = new HashSet<>();
        for (DemoEnvironment environment : environments) {
            if (!environmentIds.add(environment.id())) {
                throw InvalidDemoData.of("duplicateEnvironment", environment.id());
            }
            if (!connectionIds.contains(environment.connectionId())) {
                throw InvalidDemoData.of("unknownConnection", environment.id(), environment.connectionId());
            }
        }
    }

    /**
     * One environment as the demo portal keeps it: what {@code /environments} shows plus the
     * id of its service connection and its service API keys (served only by {@code apiInfo}).
     */
    public record DemoEnvironment(
            String id,
            String name,
            String description,
            Environment.Organization organization,
            String connectionId,
            ApiInfo apiInfo) {

        public DemoEnvironment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            description = description == null ? "" : description;
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(apiInfo, "apiInfo");
        }
    }

    /** The sample data shipped with the app: two organizations, Object Storage and compute. */
    public static DemoData bundled() {
        try (InputStream in = DemoData.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bundled demo data " + BUNDLED + " is missing from the build.");
            }
            return DemoDataReader.read(in, Message.of("demo.source.bundled"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a demo data file (see the class comment for its format).
     *
     * @throws DemoDataException when the file is missing or unreadable, is not JSON or is not
     *                            shaped like demo data; the message names the file and the problem
     */
    public static DemoData load(Path file) throws DemoDataException {
        Objects.requireNonNull(file, "file");
        Message source = Message.of("demo.source.file", file.toString());
        if (Files.isDirectory(file)) {
            throw new DemoDataException(Message.of("demo.directory", source));
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DemoDataException(Message.of("demo.missing", source), e);
        } catch (AccessDeniedException e) {
            throw new DemoDataException(Message.of("demo.permissionDenied", source), e);
        } catch (IOException e) {
            throw new DemoDataException(Message.of("demo.cannotOpen", source, e.getClass().getSimpleName()), e);
        }
        try (in) {
            return DemoDataReader.read(in, source);
        } catch (DemoDataException e) {
            throw e;
        } catch (IOException e) {
            // Closing a file that was read to the end failed: nothing the user can act on, but said as for a read.
            throw new DemoDataException(Message.of("demo.unreadable", source, e.getClass().getSimpleName()), e);
        }
    }

    /**
     * Reads demo data from a stream (see the class comment for its format); does not close it.
     *
     * @throws DemoDataException when the stream fails, is not JSON or is not shaped like demo data
     */
    public static DemoData read(InputStream in) throws DemoDataException {
        Objects.requireNonNull(in, "in");
        return DemoDataReader.read(in, Message.of("demo.source.stream"));
    }

    /**
     * Synthesizes {@code environments} environments spread over a few connections and
     * organizations, for benchmarks and large-list tests. The same count gives the same data.
     */
    public static DemoData generated(int environments) {
        return DemoDataGenerator.generate(environments);
    }

    /** Short on purpose: the data may hold thousands of environments and their credentials. */
    @Override
    public String toString() {
        return "DemoData[user=" + user.userName() + ", " + connections.size() + " connections, "
                + environments.size() + " environments]";
    }
}
