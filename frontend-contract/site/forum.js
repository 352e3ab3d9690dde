// A forum topic at <base>[<code>/]topics/<id>/: its posts, and for a member a reply form;
// anyone else gets the sign-in form first. The access token lives for the browser tab only.

import { ApiError, rememberMember, run, signedInMember } from "./api.js";
import { formatDate, h, html } from "./dom.js";
import { siteUrl } from "./routes.js";

/**
 * @import { SiteForumTopicQuery } from "../generated/graphql"
 * @import { Place } from "./routes.js"
 */

/** @param {NonNullable<SiteForumTopicQuery["forumTopic"]>["posts"]["items"][number]} item */
function post(item) {
  return h(
    "li",
    { class: "post" },
    h("p", { class: "meta" }, h("strong", {}, item.authorName), " · ", h("time", { datetime: item.createdAt }, formatDate(item.createdAt))),
    html("div", item.body, { class: "rich-text" }),
  );
}

/**
 * @param {string} label
 * @param {Record<string, string | number | boolean>} attributes
 */
function field(label, attributes) {
  return h("label", {}, h("span", {}, label), h(attributes.rows ? "textarea" : "input", attributes));
}

/** @param {() => void} onDone */
function signInForm(onDone) {
  const message = h("p", { class: "error", role: "alert", hidden: true });
  const form = h(
    "form",
    { class: "sign-in", "aria-labelledby": "sign-in-heading" },
    h("h2", { id: "sign-in-heading" }, "Members: sign in to reply"),
    field("E-mail or user name", { name: "login", autocomplete: "username", required: true }),
    field("Password", { name: "password", type: "password", autocomplete: "current-password", required: true }),
    message,
    h("button", { type: "submit" }, "Sign in"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(/** @type {HTMLFormElement} */ (form));
    try {
      const { signIn } = await run("SiteSignIn", { login: String(data.get("login")), password: String(data.get("password")) });
      if (!signIn) throw new Error("The sign-in did not answer; try again.");
      rememberMember({ accessToken: signIn.accessToken, name: signIn.account.name });
      onDone();
    } catch (error) {
      message.textContent = /** @type {Error} */ (error).message;
      message.hidden = false;
    }
  });
  return form;
}

/**
 * @param {string} topicId
 * @param {HTMLElement} posts the list a published reply joins
 * @param {() => void} onSignOut
 */
function replyForm(topicId, posts, onSignOut) {
  const message = h("p", { role: "status" });
  const form = h(
    "form",
    { class: "reply", "aria-labelledby": "reply-heading" },
    h("h2", { id: "reply-heading" }, "Reply"),
    h("p", { class: "meta" }, `Signed in as ${signedInMember()?.name}. `, h("button", { type: "button", class: "link", onclick: onSignOut }, "Sign out")),
    field("Your reply", { name: "body", rows: 5, required: true }),
    message,
    h("button", { type: "submit" }, "Post reply"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const textarea = /** @type {HTMLTextAreaElement} */ (form.querySelector("textarea"));
    try {
      const { reply } = await run("SiteReply", { topicId, body: textarea.value });
      if (!reply) throw new Error("The reply was not saved; try again.");
      if (reply.status === "PUBLISHED") posts.append(post(reply.post));
      message.textContent = reply.status === "PUBLISHED" ? "Your reply is posted." : "Your reply waits for a moderator.";
      textarea.value = "";
    } catch (error) {
      message.textContent = /** @type {Error} */ (error).message;
    }
  });
  return form;
}

/** @param {Place} place */
export async function renderTopic(place) {
  const container = h("article", { class: "topic" });
  const id = place.topicId ?? "";
  const draw = async () => {
    let data;
    try {
      data = await run("SiteForumTopic", { id, locale: place.locale });
    } catch (error) {
      if (!(error instanceof ApiError) || !error.codes.includes("UNAUTHENTICATED")) throw error;
      rememberMember(null); // an expired session: sign in again
      data = await run("SiteForumTopic", { id, locale: place.locale });
    }
    const topic = data.forumTopic;
    if (!topic) {
      container.replaceChildren(h("h1", {}, "Topic not found"), h("p", {}, "It does not exist, or only members may read it."), ...(signedInMember() ? [] : [signInForm(draw)]));
      return;
    }
    document.title = topic.title;
    const posts = h("ol", { class: "posts" }, topic.posts.items.map(post));
    const signOut = () => {
      rememberMember(null);
      draw();
    };
    container.replaceChildren(
      h("p", { class: "meta" }, h("a", { href: siteUrl(topic.forum.url) }, `← ${topic.forum.title}`)),
      h("h1", {}, topic.title),
      posts,
      topic.isLocked
        ? h("p", { class: "notice" }, "This topic is locked.")
        : data.me?.isMember
          ? replyForm(topic.id, posts, signOut)
          : signInForm(draw),
    );
  };
  await draw();
  return container;
}
