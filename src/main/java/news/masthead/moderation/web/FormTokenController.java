package news.masthead.moderation.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import news.masthead.moderation.FormGuards;

/**
 * A fresh form token for one reader, which the guard's small script puts in place of the token of
 * the cached page. Never cached: each answer is good for one submission.
 */
@RestController
class FormTokenController {

    private final FormGuards guards;

    FormTokenController(FormGuards guards) {
        this.guards = guards;
    }

    @GetMapping("/forms/{form}/token")
    ResponseEntity<String> token(@PathVariable String form) {
        var token = guards.fresh(form);
        if (token.isEmpty()) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_PLAIN)
                .body(token.get());
    }
}
