package main

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`\*(.+?)\*`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	headRe   = regexp.MustCompile(`^(#{1,6})\s+(.*)$`)
)

func inline(s string) string {
	s = html.EscapeString(s)
	s = codeRe.ReplaceAllString(s, "<code>$1</code>")
	s = boldRe.ReplaceAllString(s, "<strong>$1</strong>")
	s = italicRe.ReplaceAllString(s, "<em>$1</em>")
	s = linkRe.ReplaceAllStringFunc(s, func(m string) string {
		p := linkRe.FindStringSubmatch(m)
		return fmt.Sprintf(`<a href="%s">%s</a>`, p[2], p[1])
	})
	return s
}

type converter struct {
	out    strings.Builder
	para   []string
	inList bool
	inCode bool
}

func (c *converter) flushPara() {
	if len(c.para) > 0 {
		c.out.WriteString("<p>" + inline(strings.Join(c.para, " ")) + "</p>\n")
		c.para = c.para[:0]
	}
}

func (c *converter) closeList() {
	if c.inList {
		c.out.WriteString("</ul>\n")
		c.inList = false
	}
}

func (c *converter) line(l string) {
	if c.inCode {
		if strings.HasPrefix(l, "```") {
			c.out.WriteString("</code></pre>\n")
			c.inCode = false
			return
		}
		c.out.WriteString(html.EscapeString(l) + "\n")
		return
	}
	trimmed := strings.TrimSpace(l)
	switch {
	case strings.HasPrefix(trimmed, "```"):
		c.flushPara()
		c.closeList()
		lang := strings.TrimPrefix(trimmed, "```")
		if lang != "" {
			fmt.Fprintf(&c.out, "<pre><code class=\"language-%s\">", lang)
		} else {
			c.out.WriteString("<pre><code>")
		}
		c.inCode = true
	case trimmed == "":
		c.flushPara()
		c.closeList()
	case headRe.MatchString(trimmed):
		c.flushPara()
		c.closeList()
		m := headRe.FindStringSubmatch(trimmed)
		fmt.Fprintf(&c.out, "<h%d>%s</h%d>\n", len(m[1]), inline(m[2]), len(m[1]))
	case strings.HasPrefix(trimmed, "- "), strings.HasPrefix(trimmed, "* "):
		c.flushPara()
		if !c.inList {
			c.out.WriteString("<ul>\n")
			c.inList = true
		}
		c.out.WriteString("  <li>" + inline(trimmed[2:]) + "</li>\n")
	case trimmed == "---":
		c.flushPara()
		c.closeList()
		c.out.WriteString("<hr/>\n")
	default:
		c.closeList()
		c.para = append(c.para, trimmed)
	}
}

func Convert(md string) string {
	var c converter
	for _, l := range strings.Split(md, "\n") {
		c.line(l)
	}
	c.flushPara()
	c.closeList()
	return c.out.String()
}

const doc = "# Release *notes*\n\nThis release adds **streaming** support\nand fixes `io.Copy` misuse.\nSee [the docs](https://example.com/docs).\n\n## Changes\n- faster `Parse`\n- **breaking**: removed <Legacy>\n* new flag\n---\n```go\nif a < b && c {\n\treturn\n}\n```\nThanks & bye!"

func main() {
	fmt.Print(Convert(doc))
	fmt.Printf("%q\n", Convert("just *one* line"))
}
