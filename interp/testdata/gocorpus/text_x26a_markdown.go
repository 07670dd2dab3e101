package main

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	boldRE   = regexp.MustCompile(`__(.+?)__`)
	italicRE = regexp.MustCompile(`_(.+?)_`)
	headerRE = regexp.MustCompile(`^(#{1,6}) (.*)$`)
	linkRE   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
)

func inline(s string) string {
	s = boldRE.ReplaceAllString(s, "<strong>$1</strong>")
	s = italicRE.ReplaceAllString(s, "<em>$1</em>")
	return linkRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := linkRE.FindStringSubmatch(m)
		return fmt.Sprintf(`<a href="%s">%s</a>`, sub[2], sub[1])
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
		if m := headerRE.FindStringSubmatch(line); m != nil {
			closeList()
			n := len(m[1])
			fmt.Fprintf(&out, "<h%d>%s</h%d>", n, inline(m[2]), n)
			continue
		}
		if item, ok := strings.CutPrefix(line, "* "); ok {
			if !inList {
				out.WriteString("<ul>")
				inList = true
			}
			out.WriteString("<li>" + inline(item) + "</li>")
			continue
		}
		closeList()
		if strings.TrimSpace(line) != "" {
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
		"## List\n* __Bold Item__\n* _Italic Item_\n* plain [link](http://x.y)\nafter",
		"####### Not a header",
		"* a\n* b\n# H\n* c",
		"",
	}
	for _, d := range docs {
		fmt.Printf("%q\n  => %s\n", d, Render(d))
	}
	fmt.Println(italicRE.FindAllStringIndex("_a_ b _c_", -1))
	fmt.Println(headerRE.NumSubexp(), linkRE.String())
}
