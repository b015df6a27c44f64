package news.masthead.accounts;

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
                        .roles(member.role().name())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No staff member has that address"));
    }
}
