/**
 * Posts the commentary list shows at first, and adds with "Show more posts".
 * A generated archive of 10,000 digests has 500 posts: all of them made a
 * page of 4,000 elements, and its prerendered HTML held every card.
 */
export const POSTS_PER_PAGE = 20
