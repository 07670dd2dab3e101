package main

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`_(.+?)_`)
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	headRe   = regexp.MustCompile(`^(#{1,6})\s+(.*)$`)
)

func inline(s string) string {
	s = boldRe.ReplaceAllString(s, "<b>$1</b>")
	s = italicRe.ReplaceAllString(s, "<i>$1</i>")
	s = linkRe.ReplaceAllStringFunc(s, func(m string) string {
		parts := linkRe.FindStringSubmatch(m)
		return fmt.Sprintf(`<a href="%s">%s</a>`, parts[2], strings.ToUpper(parts[1][:1])+parts[1][1:])
	})
	return s
}

func render(md string) string {
	var out []string
	inList := false
	for _, line := range strings.Split(md, "\n") {
		line = strings.TrimRight(line, " ")
		if m := headRe.FindStringSubmatch(line); m != nil {
			out = append(out, fmt.Sprintf("<h%d>%s</h%d>", len(m[1]), inline(m[2]), len(m[1])))
			continue
		}
		if item, ok := strings.CutPrefix(line, "- "); ok {
			if !inList {
				out = append(out, "<ul>")
				inList = true
			}
			out = append(out, "  <li>"+inline(item)+"</li>")
			continue
		}
		if inList {
			out = append(out, "</ul>")
			inList = false
		}
		if line != "" {
			out = append(out, "<p>"+inline(line)+"</p>")
		}
	}
	if inList {
		out = append(out, "</ul>")
	}
	return strings.Join(out, "\n")
}

const doc = `# Title with **bold**
Some _emphasis_ and a [link](http://go.dev).

## List
- first **item**
- second [docs](https://pkg.go.dev)
Trailing paragraph.`

func main() {
	fmt.Println(render(doc))
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "contact: ann@mail.com, bob@corp.com; bad@x.org"
	fmt.Println(re.FindAllString(text, -1))
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		fmt.Println(m, text[m[2]:m[3]])
	}
	fmt.Println(re.ReplaceAllString(text, "$2:$1"), re.NumSubexp(), re.MatchString("a@b.org"))
	dates := regexp.MustCompile(`(?P<y>\d{4})-(?P<m>\d\d)`)
	m := dates.FindStringSubmatch("on 2024-03 and 2025-11")
	fmt.Println(m, dates.SubexpNames(), dates.SubexpIndex("m"))
}
