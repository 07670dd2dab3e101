package main

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	boldRe   = regexp.MustCompile(`__(.+?)__`)
	italicRe = regexp.MustCompile(`_(.+?)_`)
	headerRe = regexp.MustCompile(`^(#{1,6}) (.*)$`)
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
)

func inline(s string) string {
	s = boldRe.ReplaceAllString(s, "<strong>$1</strong>")
	s = italicRe.ReplaceAllString(s, "<em>$1</em>")
	return linkRe.ReplaceAllStringFunc(s, func(m string) string {
		parts := linkRe.FindStringSubmatch(m)
		return fmt.Sprintf(`<a href="%s">%s</a>`, parts[2], parts[1])
	})
}

func Render(md string) string {
	var out strings.Builder
	inList := false
	closeList := func() {
		if inList {
			out.WriteString("</ul>")
			inList = false
		}
	}
	for _, line := range strings.Split(md, "\n") {
		switch {
		case headerRe.MatchString(line):
			closeList()
			m := headerRe.FindStringSubmatch(line)
			fmt.Fprintf(&out, "<h%d>%s</h%d>", len(m[1]), inline(m[2]), len(m[1]))
		case strings.HasPrefix(line, "* "):
			if !inList {
				out.WriteString("<ul>")
				inList = true
			}
			out.WriteString("<li>" + inline(line[2:]) + "</li>")
		case strings.TrimSpace(line) == "":
			closeList()
		default:
			closeList()
			out.WriteString("<p>" + inline(line) + "</p>")
		}
	}
	closeList()
	return out.String()
}

func main() {
	docs := []string{
		"# Title",
		"This will be _italic_ and __bold__",
		"* one\n* __two__\n* three _x_\nafter list",
		"###### six\n####### seven",
		"see [the docs](https://go.dev/doc) and [spec](/ref/spec)",
		"# a\n\n## b _c_\n* x",
	}
	for _, d := range docs {
		fmt.Println(Render(d))
	}
	fmt.Println(linkRe.FindAllStringSubmatchIndex("[a](b) [c](d)", -1))
	fmt.Println(italicRe.String(), boldRe.NumSubexp())
}
