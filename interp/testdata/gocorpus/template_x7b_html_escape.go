// Exercises: html/template contextual escaping in text, attributes and URLs, range over a slice of structs, template.HTML.
package main

import (
	"html/template"
	"os"
)

type Link struct {
	Title string
	URL   string
}

const page = `<ul>
{{range .Links}}  <li><a href="{{.URL}}" title="{{.Title}}">{{.Title}}</a></li>
{{end}}</ul>
<p>{{.Raw}}</p>
<p>{{.Safe}}</p>
`

func main() {
	t := template.Must(template.New("page").Parse(page))
	data := struct {
		Links []Link
		Raw   string
		Safe  template.HTML
	}{
		Links: []Link{
			{"Go & Friends", "https://go.dev/?q=a b&x=1"},
			{`<script>alert("x")</script>`, "javascript:alert(1)"},
		},
		Raw:  "<b>bold?</b>",
		Safe: template.HTML("<b>bold!</b>"),
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
}
