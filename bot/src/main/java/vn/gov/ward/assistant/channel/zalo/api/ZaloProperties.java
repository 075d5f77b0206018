package vn.gov.ward.assistant.channel.zalo.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code zalo.*}. Off by default so the embedded default starts without credentials.
 *
 * @param enabled        turns the Zalo channel on
 * @param oa             the Official Account and its app
 * @param zns            template notifications by phone number
 * @param webhookMaxAge  how long after its timestamp a signed event is accepted: longer than Zalo's retries (30 s, 5,
 *                       15, 30 and 60 minutes, for up to about 12 hours; zalo-oa.md §2 Retries), so an event Zalo
 *                       could not deliver during an outage is still taken when it comes again; the inbox holds an
 *                       event's id at least this long, so a replay or a second retry is dropped
 * @param infoRequestImageUrl the picture shown above Zalo's form asking a citizen for their phone, or none
 */
@ConfigurationProperties("zalo")
public record ZaloProperties(
        boolean enabled,
        @DefaultValue Oa oa,
        @DefaultValue Zns zns,
        @DefaultValue("24h") Duration webhookMaxAge,
        String infoRequestImageUrl) {

    /**
     * @param appId        the developers.zalo.me app id
     * @param appSecret    the app secret, sent as {@code secret_key} on token calls
     * @param secretKey    the OA secret key that signs webhooks (not the app secret)
     * @param accessToken  the first access token; used only while Redis holds no pair
     * @param refreshToken the first refresh token; used only while Redis holds no pair (or after the chain broke)
     */
    public record Oa(
            String appId,
            String appSecret,
            String secretKey,
            String accessToken,
            String refreshToken,
            @DefaultValue("https://openapi.zalo.me") String apiUrl,
            @DefaultValue("https://oauth.zaloapp.com") String oauthUrl) {

        // Secrets stay out of logs and error messages that print the properties.
        @Override
        public String toString() {
            return "Oa[appId=" + appId + ", apiUrl=" + apiUrl + ", oauthUrl=" + oauthUrl + ", secrets=<hidden>]";
        }
    }

    /** @param templates approved ZNS templates by our purpose (e.g. {@code dossier-ready}, {@code rating}) */
    public record Zns(
            @DefaultValue("https://business.openapi.zalo.me") String apiUrl,
            Map<String, Template> templates) {

        public Zns {
            templates = templates == null ? Map.of() : Map.copyOf(templates);
        }

        public Optional<Template> template(String purpose) {
            return Optional.ofNullable(templates.get(purpose));
        }
    }

    /**
     * @param id     the template id Zalo approved
     * @param params template parameter name → the name of our field that fills it
     */
    public record Template(String id, Map<String, String> params) {

        public Template {
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        /** The {@code template_data} for this template, taken from our fields; a missing field is an error, not a blank. */
        public Map<String, String> data(Map<String, String> fields) {
            Map<String, String> data = new LinkedHashMap<>();
            params.forEach((param, field) -> {
                String value = fields.get(field);
                if (value == null) {
                    throw new IllegalArgumentException("Template " + id + " needs field '" + field + "' for '" + param + "'");
                }
                data.put(param, value);
            });
            return data;
        }
    }
}
