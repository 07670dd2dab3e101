package main

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"text/template"
)

var (
	boldRE   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRE = regexp.MustCompile(`_(.+?)_`)
	codeRE   = regexp.MustCompile("`([^`]+)`")
	linkRE   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
)

func inline(s string) string {
	s = html.EscapeString(s)
	s = codeRE.ReplaceAllString(s, "<code>$1</code>")
	s = boldRE.ReplaceAllString(s, "<b>$1</b>")
	s = italicRE.ReplaceAllString(s, "<i>$1</i>")
	s = linkRE.ReplaceAllString(s, `<a href="$2">$1</a>`)
	return s
}

type Block struct {
	Kind  string
	Level int
	Text  string
	Items []string
}

func parse(md string) []Block {
	var blocks []Block
	var para []string
	flush := func() {
		if len(para) > 0 {
			blocks = append(blocks, Block{Kind: "p", Text: inline(strings.Join(para, " "))})
			para = nil
		}
	}
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "#"):
			flush()
			lvl := len(t) - len(strings.TrimLeft(t, "#"))
			blocks = append(blocks, Block{Kind: "h", Level: lvl, Text: inline(strings.TrimSpace(t[lvl:]))})
		case strings.HasPrefix(t, "- "):
			flush()
			if n := len(blocks); n > 0 && blocks[n-1].Kind == "ul" {
				blocks[n-1].Items = append(blocks[n-1].Items, inline(t[2:]))
			} else {
				blocks = append(blocks, Block{Kind: "ul", Items: []string{inline(t[2:])}})
			}
		default:
			para = append(para, t)
		}
	}
	flush()
	return blocks
}

const page = `{{define "block"}}{{if eq .Kind "h"}}<h{{.Level}}>{{.Text}}</h{{.Level}}>
{{else if eq .Kind "ul"}}<ul>
{{range .Items}}  <li>{{.}}</li>
{{end}}</ul>
{{else}}<p>{{.Text}}</p>
{{end}}{{end}}<html><title>{{.Title}}</title>
{{range .Blocks}}{{template "block" .}}{{end}}</html>
<!-- {{len .Blocks}} blocks -->
`

func main() {
	md := `# Lab 3: **Sorting**

Implement _three_ sorts and compare them.
Use ` + "`go test`" + ` to check.

## Tasks
- bubble sort
- merge sort & quicksort
- read [the notes](http://example.com/notes?a=1&b=2)

Deadline: **Friday** <5pm>.`
	blocks := parse(md)
	t := template.Must(template.New("page").Parse(page))
	data := struct {
		Title  string
		Blocks []Block
	}{"Lab 3", blocks}
	var sb strings.Builder
	if err := t.Execute(&sb, data); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(sb.String())
	fmt.Println(len(blocks), blocks[0].Kind, blocks[2].Level)
}
