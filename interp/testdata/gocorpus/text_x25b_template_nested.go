package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Post struct {
	Title   string
	Tags    []string
	Draft   bool
	Authors map[string]int
	Words   int
}

func (p Post) ReadingTime() string {
	m := (p.Words + 199) / 200
	if m == 1 {
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", m)
}

const layout = `{{define "tags"}}{{range $i, $t := .}}{{if $i}}, {{end}}#{{$t}}{{else}}(no tags){{end}}{{end}}
{{- define "post"}}* {{.Title | printf "%-18s"}} [{{template "tags" .Tags}}] {{.ReadingTime}}
{{- if .Draft}} DRAFT{{end}}
{{- range $name, $n := .Authors}}
    by {{$name}} ({{$n}} edits){{end}}
{{end}}
{{- define "page"}}== {{.Site | title}} ==
{{range .Posts}}{{if or (not .Draft) $.ShowDrafts}}{{template "post" .}}{{end}}{{end}}
{{- with $n := len .Posts}}{{$n}} posts total{{end}}
{{- $total := 0}}{{range .Posts}}{{$total = add $total .Words}}{{end}}, {{$total}} words
{{- if and (gt $total 1000) (lt $total 5000)}} (medium){{end}}
{{end}}`

func main() {
	funcs := template.FuncMap{
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("site").Funcs(funcs).Parse(layout))
	posts := []Post{
		{"Hello Go", []string{"go", "intro"}, false, map[string]int{"rob": 3, "ken": 1}, 180},
		{"Generics deep dive", []string{"go"}, true, map[string]int{"ian": 12}, 2400},
		{"Untagged", nil, false, nil, 401},
	}
	for _, show := range []bool{false, true} {
		data := map[string]any{"Site": "gopher blog", "Posts": posts, "ShowDrafts": show}
		if err := t.ExecuteTemplate(os.Stdout, "page", data); err != nil {
			fmt.Println("ERR:", err)
		}
	}
	fmt.Println(t.Lookup("post") != nil, t.Lookup("missing") == nil)
	err := t.ExecuteTemplate(os.Stdout, "nope", nil)
	fmt.Println(err)
	t2 := template.Must(template.New("e").Parse(`{{index . 1}} {{index . 5}}`))
	err = t2.Execute(os.Stdout, []int{1, 2})
	fmt.Println()
	fmt.Println(err)
	t3 := template.Must(template.New("s").Parse(`{{slice .S 1 3}} {{len .M}} {{.M.k}} {{eq .N 3}} {{html "<b>"}} {{js "a'b"}} {{print 1 2 "x"}} {{println "end"}}`))
	t3.Execute(os.Stdout, map[string]any{"S": "abcdef", "M": map[string]string{"k": "v"}, "N": 3})
}
