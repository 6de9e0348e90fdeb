package dev.athanor.core.error;

/**
 * A setting, option or URL that cannot be used. An {@link IllegalArgumentException}, because it
 * is the caller's argument that is wrong; thrown before anything touches the database.
 */
public class ConfigurationException extends IllegalArgumentException implements AthanorError {

    private final ErrorCode code;
    private final String hint;

    public ConfigurationException(ErrorMessage message) {
        this(message, null);
    }

    public ConfigurationException(ErrorMessage message, Throwable cause) {
        super(message.render(), cause);
        this.code = message.code();
        this.hint = message.hint();
    }

    @Override
    public ErrorCode code() {
        return code;
    }

    @Override
    public String hint() {
        return hint;
    }
}
