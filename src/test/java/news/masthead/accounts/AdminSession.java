package news.masthead.accounts;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser's cookies across MockMvc requests, as the admin's database-backed session needs:
 * whatever cookie a response sets is sent with the next request, and a cleared one is dropped.
 */
final class AdminSession {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new HashMap<>();
    private String address = "127.0.0.1";

    AdminSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Sends the following requests from this network address. */
    AdminSession from(String address) {
        this.address = address;
        return this;
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        var remote = address;
        var result = mvc.perform(request.with(r -> {
            r.setRemoteAddr(remote);
            return r;
        })).andReturn();
        for (var cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            }
            else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }

    boolean hasSessionCookie() {
        return cookies.containsKey(AdminSessions.COOKIE);
    }
}
