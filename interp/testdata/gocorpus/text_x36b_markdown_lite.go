package main

import (
	"fmt"
	"html"
	"strings"
)

type blockKind int

const (
	para blockKind = iota
	heading
	list
	code
)

type block struct {
	kind  blockKind
	level int
	lines []string
}

func inline(s string) string {
	s = html.EscapeString(s)
	var sb strings.Builder
	open := map[string]bool{}
	tags := map[string]string{"**": "strong", "*": "em", "`": "code"}
	for i := 0; i < len(s); {
		matched := false
		for _, mark := range []string{"**", "*", "`"} {
			if strings.HasPrefix(s[i:], mark) {
				if open[mark] {
					sb.WriteString("</" + tags[mark] + ">")
				} else {
					sb.WriteString("<" + tags[mark] + ">")
				}
				open[mark] = !open[mark]
				i += len(mark)
				matched = true
				break
			}
		}
		if !matched {
			sb.WriteByte(s[i])
			i++
		}
	}
	return sb.String()
}

func parseBlocks(src string) []block {
	var blocks []block
	var cur *block
	flush := func() {
		if cur != nil {
			blocks = append(blocks, *cur)
			cur = nil
		}
	}
	for _, line := range strings.Split(src, "\n") {
		if cur != nil && cur.kind == code {
			if strings.HasPrefix(line, "```") {
				flush()
			} else {
				cur.lines = append(cur.lines, line)
			}
			continue
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "```"):
			flush()
			cur = &block{kind: code}
		case strings.HasPrefix(trimmed, "#"):
			flush()
			lvl := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			blocks = append(blocks, block{heading, min(lvl, 6), []string{strings.TrimSpace(trimmed[lvl:])}})
		case strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "* "):
			if cur == nil || cur.kind != list {
				flush()
				cur = &block{kind: list}
			}
			cur.lines = append(cur.lines, trimmed[2:])
		default:
			if cur == nil || cur.kind != para {
				flush()
				cur = &block{kind: para}
			}
			cur.lines = append(cur.lines, trimmed)
		}
	}
	flush()
	return blocks
}

func render(blocks []block) string {
	var out []string
	for _, b := range blocks {
		switch b.kind {
		case heading:
			out = append(out, fmt.Sprintf("<h%d>%s</h%d>", b.level, inline(b.lines[0]), b.level))
		case para:
			out = append(out, "<p>"+inline(strings.Join(b.lines, " "))+"</p>")
		case list:
			items := make([]string, len(b.lines))
			for i, l := range b.lines {
				items[i] = "  <li>" + inline(l) + "</li>"
			}
			out = append(out, "<ul>\n"+strings.Join(items, "\n")+"\n</ul>")
		case code:
			out = append(out, "<pre><code>"+html.EscapeString(strings.Join(b.lines, "\n"))+"</code></pre>")
		}
	}
	return strings.Join(out, "\n")
}

const doc = "# Tiny *Lang*\n\nA **small** language with `let` and\nsome <tags> & stuff.\n\n## Features\n- closures\n- *lexical* scope\n* pattern `match`\n\n```\nlet x = 1 < 2\n  print(x)\n```\n####### deep\ntrailing **bold"

func main() {
	blocks := parseBlocks(doc)
	for _, b := range blocks {
		fmt.Printf("%d %d %q\n", b.kind, b.level, b.lines)
	}
	fmt.Println(render(blocks))
}
