package news.masthead.accounts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security's sign-in find staff members by e-mail address, with their role. */
@Service
public class StaffDetailsService implements UserDetailsService {

    private final StaffMemberRepository members;

    StaffDetailsService(StaffMemberRepository members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return members.findByEmail(StaffMember.normalizeEmail(email))
                .map(member -> User.withUsername(member.email())
                        .password(member.passwordHash())
                        .authorities(authorities(member.role()))
                        .accountLocked(member.locked())
                        .disabled(!member.active())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No staff member has that address"));
    }

    /** The role as {@code ROLE_<name>} and each of its permissions under its own name. */
    public static List<GrantedAuthority> authorities(Role role) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.name())));
        return authorities;
    }
}
