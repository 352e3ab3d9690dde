"""GraphQL operations of the forum tests, shared by several test modules."""

START_TOPIC = """mutation ($forumId: ID!, $title: String!, $body: String!) {
  startTopic(forumId: $forumId, title: $title, body: $body) {
    status topic { id title authorName postCount isFollowed } post { id body }
  }
}"""
REPLY = """mutation ($topicId: ID!, $body: String!) {
  reply(topicId: $topicId, body: $body) { status post { id body authorName } }
}"""
EDIT = """mutation ($postId: ID!, $body: String!) {
  editPost(postId: $postId, body: $body) { status post { id body editedAt } }
}"""
DELETE = (
    """mutation ($postId: ID!) { deletePost(postId: $postId) { deletedPostId topicDeleted } }"""
)
REPORT = """mutation ($postId: ID!, $reason: String!) {
  reportPost(postId: $postId, reason: $reason) { reported }
}"""
FOLLOW = "mutation ($topicId: ID!) { followTopic(topicId: $topicId) { topic { isFollowed } } }"
UNFOLLOW = "mutation ($topicId: ID!) { unfollowTopic(topicId: $topicId) { topic { isFollowed } } }"
HIDE = "mutation ($postId: ID!) { hidePost(postId: $postId) { status post { id } } }"
RESTORE = "mutation ($postId: ID!) { restorePost(postId: $postId) { status post { id } } }"
LOCK = "mutation ($topicId: ID!) { lockTopic(topicId: $topicId) { topic { isLocked } } }"
UNLOCK = "mutation ($topicId: ID!) { unlockTopic(topicId: $topicId) { topic { isLocked } } }"
PIN = "mutation ($topicId: ID!) { pinTopic(topicId: $topicId) { topic { isPinned } } }"
UNPIN = "mutation ($topicId: ID!) { unpinTopic(topicId: $topicId) { topic { isPinned } } }"

TOPIC = """query ($id: ID!) {
  forumTopic(id: $id) {
    title postCount isLocked isPinned isFollowed
    posts(perPage: 100) { total items { id body authorName editedAt } }
  }
}"""
FORUMS = "{ forums { id title topicCount postCount topics { total items { title } } } }"
