package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.credentials.CredentialField;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.ExportException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Test credentials: a service and values by role, in the order given. */
public final class Credentials {
    public static final FieldLabels LABELS = FieldLabels.load(Locale.ENGLISH);
    public static final Instant GENERATED_AT = Instant.parse("2026-01-02T03:04:05Z");
    public static final String PORTAL_HOST = "portal.example.com";
    public static final ServiceEntry OBJECT_STORAGE =
            new ServiceEntry("conn-1", "Object Storage", "env-1", "ccontini", "Acme");

    private final ServiceEntry service;
    private final Map<FieldRole, String> values = new EnumMap<>(FieldRole.class);

    private Credentials(ServiceEntry service) {
        this.service = service;
    }

    public static Credentials of(ServiceEntry service) {
        return new Credentials(service);
    }

    /** The portal's Object Storage fields, like cloud.ca shows them. */
    public static Credentials ordinary() {
        return of(OBJECT_STORAGE)
                .with(FieldRole.AUTH_URL_V2, "https://auth.cloud.ca/v2.0")
                .with(FieldRole.PROJECT_NAME, "system-ccontini")
                .with(FieldRole.USERNAME, "system-ccontini-2925")
                .with(FieldRole.PASSWORD, "hunter2")
                .with(FieldRole.AUTH_URL, "https://auth.cloud.ca")
                .with(FieldRole.IDENTITY_API_VERSION, "3")
                .with(FieldRole.DOMAIN_ID, "default")
                .with(FieldRole.S3_ACCESS_KEY, "fedcba9876543210fedcba9876543210")
                .with(FieldRole.S3_SECRET_KEY, "0123456789abcdef0123456789abcdef");
    }

    public Credentials with(FieldRole role, String value) {
        values.put(role, value);
        return this;
    }

    public Credentials without(FieldRole role) {
        values.remove(role);
        return this;
    }

    public Optional<String> value(FieldRole role) {
        return Optional.ofNullable(values.get(role));
    }

    public ServiceCredentials build() {
        List<CredentialField> fields = new ArrayList<>();
        values.forEach((role, value) -> fields.add(new CredentialField(role.name().toLowerCase(Locale.ROOT), value,
                role.secretByNature(), false, Optional.of(role), LABELS.labelFor(role))));
        return new ServiceCredentials(service, fields);
    }

    public static ExportOptions options(PasswordMode mode) {
        return new ExportOptions(mode, GENERATED_AT, PORTAL_HOST);
    }

    public static ExportOptions options(PasswordMode mode, Language language) {
        return new ExportOptions(mode, GENERATED_AT, PORTAL_HOST, language);
    }

    public static ExportResult export(ServiceCredentials credentials, ExportFormat format, PasswordMode mode)
            throws ExportException {
        return ScriptExporter.export(credentials, format, options(mode));
    }
}
