package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type Comment struct {
	Author string
	Body   string
	URL    string
	Score  int
}

const page = `<h1>{{.Title}}</h1>
<ul>
{{- range .Comments}}
  <li class="{{if gt .Score 5}}hot{{else}}cold{{end}}">
    <a href="{{.URL}}" title='{{.Author}}'>{{.Author}}</a>: {{.Body}}
    <script>var score = {{.Score}}; var who = {{.Author}};</script>
  </li>
{{- end}}
</ul>
{{.Footer}}
`

func main() {
	t := template.Must(template.New("page").Parse(page))
	data := struct {
		Title    string
		Comments []Comment
		Footer   template.HTML
	}{
		Title: "Comments & <Replies>",
		Comments: []Comment{
			{"alice", "I <3 Go!", "https://example.com/a?x=1&y=2", 9},
			{"bob \"the builder\"", "<script>alert('x')</script>", "javascript:alert(1)", 2},
			{"Zoë", "naïve café", "/users/zo%C3%AB", 6},
		},
		Footer: template.HTML("<footer>&copy; 2024</footer>"),
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(template.HTMLEscapeString(`<a href="x">'&'</a>`))
	fmt.Println(template.JSEscapeString(`he said "hi" </script>`))
	fmt.Println(template.URLQueryEscaper("a b", "&c=d"))
	var sb strings.Builder
	template.HTMLEscape(&sb, []byte("5 > 3 && 2 < 4"))
	fmt.Println(sb.String())
}
