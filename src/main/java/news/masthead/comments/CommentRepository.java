package news.masthead.comments;

import org.springframework.data.repository.ListCrudRepository;

interface CommentRepository extends ListCrudRepository<Comment, Long> {
}
