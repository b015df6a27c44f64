package news.masthead.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface StaffMemberRepository extends ListCrudRepository<StaffMember, Long> {

    Optional<StaffMember> findByEmail(String email);

    List<StaffMember> findAllByOrderByDisplayNameAsc();
}
