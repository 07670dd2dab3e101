package main

import (
	"html/template"
	"os"
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
  <li class="{{if gt .Score 10}}hot{{else}}normal{{end}}"><a href="{{.URL}}" title="{{.Author}}">{{.Author}}</a>: {{.Body}}</li>
{{- else}}
  <li>no comments</li>
{{- end}}
</ul>
<script>var author = {{.Featured}};</script>
<p>{{.Trusted}}</p>
`

func main() {
	t := template.Must(template.New("page").Parse(page))
	data := map[string]any{
		"Title": "Comments & <Replies>",
		"Comments": []Comment{
			{"alice", "I <3 Go", "https://example.com/a?x=1&y=2", 12},
			{"<script>bob</script>", `"quoted" 'text'`, "javascript:alert(1)", 3},
		},
		"Featured": "O'Brien \"the great\"",
		"Trusted":  template.HTML("<b>bold is allowed</b>"),
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}

	empty := map[string]any{"Title": "Empty", "Comments": nil, "Featured": 42, "Trusted": "<i>escaped</i>"}
	if err := t.Execute(os.Stdout, empty); err != nil {
		panic(err)
	}

	os.Stdout.WriteString(template.HTMLEscapeString("<a href='x'>&</a>") + "\n")
	os.Stdout.WriteString(template.JSEscapeString(`he said "hi" </script>`) + "\n")
	os.Stdout.WriteString(template.URLQueryEscaper("a b&c=d/é") + "\n")
}
