import { describe, expect, it } from "vitest";
import { postPhrase } from "../../shared/drafts/post-phrase.js";

describe(postPhrase, () => {
  it.each([
    ["AI in healthcare", "your post on AI in healthcare", "AI in healthcare"],
    ["async traits in Rust", "your post on async traits in Rust", "async traits in Rust"],
    ["about hiring juniors", "your post on hiring juniors", "hiring juniors"],
    ["climate tech 🌍", "your post on climate tech", "climate tech"],
    ["AI in healthcare.", "your post on AI in healthcare", "AI in healthcare"],
  ])("writes the topic %j after 'on'", (text, phrase, topic) => {
    expect(postPhrase(text)).toEqual({ phrase, topic });
  });

  it.each([
    ["My new blog post: 10 Tips!", "your post “10 Tips”"],
    ['"Why we left Kubernetes"', "your post “Why we left Kubernetes”"],
    ["“Why we left Kubernetes”", "your post “Why we left Kubernetes”"],
    ["Is AI overhyped?", "your post “Is AI overhyped?”"],
    ["What I learned shipping v2...", "your post “What I learned shipping v2”"],
    ["10 Lessons From 10 Years", "your post “10 Lessons From 10 Years”"],
    ["Excited to share that we launched X! 🚀", "your post “Excited to share that we launched X”"],
    ['Why "move fast" fails', "your post “Why ‘move fast’ fails”"],
    ['How we "fixed it', "your post “How we fixed it”"],
  ])("quotes the title %j once, without its own end punctuation", (text, phrase) => {
    expect(postPhrase(text)).toEqual({ phrase, topic: "" });
  });

  it.each(["https://www.linkedin.com/posts/ana_activity-1", "www.example.com/post"])(
    "calls a link %j their recent post",
    (text) => {
      expect(postPhrase(text)).toEqual({ phrase: "your recent post", topic: "" });
    },
  );

  it("has nothing to say without a post", () => {
    expect(postPhrase("  ")).toEqual({ phrase: "", topic: "" });
  });
});
