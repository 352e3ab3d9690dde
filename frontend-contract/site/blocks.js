// Every body block type of the CMS (cms/blocks.py BodyBlock), and responsive images.

import { h, html } from "./dom.js";
import { siteUrl } from "./routes.js";

/** @import { Block } from "./api.js" */

/**
 * An <img> with its srcSet: the browser picks the rendition for the layout width.
 * @param {{url: string, srcSet: string | null, description: string, width?: number, height?: number} | null} image
 * @param {string} [sizes]
 * @param {string | null} [alt] null: the image's description
 * @param {"lazy" | "eager"} [loading]
 */
export function picture(image, sizes = "(min-width: 60rem) 56rem, 100vw", alt = null, loading = "lazy") {
  if (!image) return null;
  return h("img", {
    src: image.url,
    srcset: image.srcSet || null,
    sizes: image.srcSet ? sizes : null,
    width: image.width ?? null,
    height: image.height ?? null,
    alt: alt ?? image.description ?? "",
    loading,
    decoding: "async",
  });
}

/** @param {number | null} bytes */
function fileSize(bytes) {
  if (!bytes) return "";
  return bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/**
 * Rich text with its internal links moved onto the site.
 * @param {string} markup
 */
function richText(markup) {
  const element = html("div", markup, { class: "rich-text" });
  for (const link of element.querySelectorAll("a[href^='/']")) {
    const href = link.getAttribute("href") ?? "";
    if (!href.startsWith("/documents/") && !href.startsWith("/media/")) link.setAttribute("href", siteUrl(href));
  }
  return element;
}

/**
 * One renderer per block type, each given its own member of the block union.
 * @type {{[T in Block["__typename"]]?: (block: Extract<Block, {__typename: T}>) => HTMLElement | null}}
 */
const renderers = {
  RichTextBlock: (block) => richText(block.value),
  HeadingBlock: (block) => h(/^h[2-4]$/.test(block.level) ? block.level : "h2", { class: "block-heading" }, block.text),
  ImageWithCaptionBlock: (block) =>
    h(
      "figure",
      { class: "block-image" },
      picture(block.image),
      (block.caption || block.credit) &&
        h("figcaption", {}, block.caption, block.credit && h("span", { class: "credit" }, ` © ${block.credit}`)),
    ),
  QuoteBlock: (block) =>
    h(
      "figure",
      { class: "block-quote" },
      h("blockquote", {}, h("p", {}, block.quote)),
      block.attribution &&
        h("figcaption", {}, block.attribution, block.role && h("span", { class: "role" }, `, ${block.role}`)),
    ),
  EmbedBlock: (block) =>
    h(
      "div",
      { class: "block-embed" },
      block.embed ? html("div", block.embed, { class: "embed-frame" }) : null,
      h("a", { href: block.embedUrl }, block.embedUrl),
    ),
  DocumentLinkBlock: (block) =>
    block.document &&
    h(
      "p",
      { class: "block-document" },
      h("a", { href: block.document.url, download: true }, block.title || block.document.title),
      h("span", { class: "meta" }, ` ${fileSize(block.document.fileSize)}`),
    ),
  CallToActionBlock: (block) => {
    const href = block.page ? siteUrl(block.page.url) : block.url;
    return href ? h("p", { class: "block-cta" }, h("a", { class: "button", href }, block.text)) : null;
  },
  KeyFiguresBlock: (block) =>
    h(
      "section",
      { class: "block-figures", "aria-label": block.title || "Key figures" },
      block.title && h("h2", {}, block.title),
      h(
        "dl",
        {},
        (block.figures ?? []).map((figure) =>
          figure && h("div", { class: "figure" }, h("dt", {}, figure.figure), h("dd", {}, figure.caption)),
        ),
      ),
    ),
  TableBlock: (block) => {
    const head = block.firstRowIsTableHeader ? block.rows.slice(0, 1) : [];
    /** @param {string[]} cells @param {boolean} inHead */
    const row = (cells, inHead) =>
      h(
        "tr",
        {},
        cells.map((text, index) =>
          inHead
            ? h("th", { scope: "col" }, text)
            : block.firstColIsHeader && index === 0
              ? h("th", { scope: "row" }, text)
              : h("td", {}, text),
        ),
      );
    return h(
      "div",
      { class: "block-table" },
      h(
        "table",
        {},
        block.caption && h("caption", {}, block.caption),
        head.length ? h("thead", {}, head.map((cells) => row(cells, true))) : null,
        h("tbody", {}, block.rows.slice(head.length).map((cells) => row(cells, false))),
      ),
    );
  },
};

/** @param {(Block | null)[] | null | undefined} blocks a stream's blocks (the schema allows null items) */
export function renderBlocks(blocks) {
  return h(
    "div",
    { class: "body" },
    (blocks ?? []).map((block) => {
      if (!block) return null;
      const render = /** @type {((block: Block) => HTMLElement | null) | undefined} */ (renderers[block.__typename]);
      const element = render ? render(block) : null;
      if (element) element.dataset.block = block.blockType;
      return element;
    }),
  );
}
