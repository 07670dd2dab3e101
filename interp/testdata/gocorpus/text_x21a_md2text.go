package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

var (
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`[*_](.+?)[*_]`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	olRe     = regexp.MustCompile(`^(\d+)\.\s+`)
)

type converter struct {
	out     strings.Builder
	links   []string
	inCode  bool
	counter map[int]int
}

func (c *converter) inline(s string) string {
	s = codeRe.ReplaceAllString(s, "'$1'")
	s = linkRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := linkRe.FindStringSubmatch(m)
		c.links = append(c.links, sub[2])
		return fmt.Sprintf("%s[%d]", sub[1], len(c.links))
	})
	s = boldRe.ReplaceAllStringFunc(s, func(m string) string { return strings.ToUpper(m[2 : len(m)-2]) })
	return italicRe.ReplaceAllString(s, "$1")
}

func (c *converter) line(l string) {
	if strings.HasPrefix(l, "```") {
		c.inCode = !c.inCode
		return
	}
	if c.inCode {
		c.out.WriteString("    | " + l + "\n")
		return
	}
	trim := strings.TrimLeft(l, " ")
	indent := (len(l) - len(trim)) / 2
	switch {
	case strings.HasPrefix(trim, "#"):
		level := len(trim) - len(strings.TrimLeft(trim, "#"))
		title := c.inline(strings.TrimSpace(trim[level:]))
		c.out.WriteString(title + "\n")
		ch := "=-~"[min(level, 3)-1]
		c.out.WriteString(strings.Repeat(string(ch), len(title)) + "\n")
	case strings.HasPrefix(trim, "- ") || strings.HasPrefix(trim, "* "):
		fmt.Fprintf(&c.out, "%s• %s\n", strings.Repeat("  ", indent), c.inline(trim[2:]))
	case olRe.MatchString(trim):
		c.counter[indent]++
		rest := olRe.ReplaceAllString(trim, "")
		fmt.Fprintf(&c.out, "%s%d) %s\n", strings.Repeat("  ", indent), c.counter[indent], c.inline(rest))
	case strings.HasPrefix(trim, "> "):
		c.out.WriteString("  \" " + c.inline(trim[2:]) + "\n")
	case trim == "":
		clear(c.counter)
		c.out.WriteString("\n")
	default:
		c.out.WriteString(c.inline(trim) + "\n")
	}
}

func Convert(md string) string {
	c := &converter{counter: map[int]int{}}
	sc := bufio.NewScanner(strings.NewReader(md))
	for sc.Scan() {
		c.line(sc.Text())
	}
	if len(c.links) > 0 {
		c.out.WriteString("\nLinks:\n")
		for i, l := range c.links {
			fmt.Fprintf(&c.out, "  [%d] %s\n", i+1, l)
		}
	}
	return c.out.String()
}

const doc = "# Project *Gopher*\n\nA **fast** tool, see [docs](https://example.com/docs) and `go run`.\n\n## Steps\n\n1. Install\n2. Configure [config](cfg.md)\n  1. edit _file_\n  2. save\n3. Run\n\n- one\n  - nested **bold**\n\n> quoted _text_\n\n```\nfunc main() {}\n```\n### Done"

func main() {
	fmt.Print(Convert(doc))
}
