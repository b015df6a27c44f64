package news.masthead.accounts.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The first administrator as typed on the setup page, with the token from the link. Null fields
 * (a request that left them out) are treated as empty.
 */
public record SetupForm(
        String token,
        @NotBlank(message = "Please give your name.") @Size(max = 100, message = "Please keep your name under 100 characters.") String displayName,
        @NotBlank(message = "Please give your e-mail address.") @Size(max = 254, message = "That e-mail address is too long.")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Please check your e-mail address: it should look like name@example.com.") String email,
        @NotBlank(message = "Please choose a password.") String password,
        String confirmPassword) {

    public SetupForm {
        token = token == null ? "" : token.strip();
        displayName = displayName == null ? "" : displayName.strip();
        email = email == null ? "" : email.strip();
        password = password == null ? "" : password;
        confirmPassword = confirmPassword == null ? "" : confirmPassword;
    }

    static SetupForm empty(String token) {
        return new SetupForm(token, "", "", "", "");
    }

    /** The same form without the passwords, which are never sent back to the browser. */
    SetupForm withoutPasswords() {
        return new SetupForm(token, displayName, email, "", "");
    }

    @Override
    public String toString() {
        return "SetupForm[displayName=" + displayName + ", email=" + email + "]";
    }
}
