package news.masthead.publishing;

import org.springframework.data.repository.ListCrudRepository;

interface ArticleRepository extends ListCrudRepository<Article, Long> {

    boolean existsBySlug(String slug);
}
