package main

import (
	"html/template"
	"os"
	"strings"
	ttemplate "text/template"
)

type Post struct {
	Title    string
	Body     string
	Author   *Author
	Comments []Comment
	Draft    bool
}

type Author struct{ Name, Email string }

func (a *Author) Initials() string {
	var sb strings.Builder
	for _, f := range strings.Fields(a.Name) {
		sb.WriteByte(f[0])
	}
	return sb.String()
}

type Comment struct {
	User string
	Text string
}

const page = `<h1>{{.Title}}</h1>{{if .Draft}} <em>draft</em>{{end}}
<p>{{.Body}}</p>
{{with .Author}}<a href="mailto:{{.Email}}">{{.Name}} ({{.Initials}})</a>{{end}}
<ul>{{range $i, $c := .Comments}}
  <li class="c{{$i}}">{{$c.User}}: {{$c.Text}}</li>{{else}}
  <li>no comments</li>{{end}}
</ul>
`

func main() {
	t := template.Must(template.New("page").Parse(page))
	posts := []Post{
		{"Hello <World>", "Fish & chips", &Author{"Rob Pike", "rob@example.com"},
			[]Comment{{"ann", "<script>alert(1)</script>"}, {"bob", "nice \"post\""}}, true},
		{"Empty", "", nil, nil, false},
	}
	for _, p := range posts {
		if err := t.Execute(os.Stdout, p); err != nil {
			panic(err)
		}
	}
	tt := ttemplate.Must(ttemplate.New("plain").Funcs(ttemplate.FuncMap{
		"add":   func(a, b int) int { return a + b },
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
	}).Parse(`{{range $i, $e := .}}{{add $i 1}}) {{title $e}}{{if lt $i 2}}, {{end}}{{end}}
{{len .}} {{index . 1}} {{slice . 1 2}} {{printf "%q" (index . 0)}} {{eq (index . 0) "one" "two"}}
`))
	if err := tt.Execute(os.Stdout, []string{"one", "two", "three"}); err != nil {
		panic(err)
	}
}
