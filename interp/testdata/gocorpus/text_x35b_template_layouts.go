package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

const layout = `{{define "base"}}== {{block "title" .}}Untitled{{end}} ==
{{template "content" .}}
-- generated for {{.Site}}{{end}}`

const pagePost = `{{define "title"}}{{.Post.Title | title}}{{end}}
{{define "content"}}by {{.Post.Author}}{{if .Post.Tags}} [{{range $i, $t := .Post.Tags}}{{if $i}}, {{end}}#{{$t}}{{end}}]{{end}}
{{.Post.Body | wrap 24}}{{end}}`

const pageList = `{{define "content"}}{{range .Posts}}* {{.Title}} ({{len .Body}} chars)
{{else}}no posts
{{end}}{{with $n := len .Posts}}{{$n}} post(s){{end}}{{end}}`

type Post struct {
	Title, Author, Body string
	Tags                []string
}

func wrap(width int, s string) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

func main() {
	funcs := template.FuncMap{
		"title": func(s string) string {
			words := strings.Fields(s)
			for i, w := range words {
				words[i] = strings.ToUpper(w[:1]) + w[1:]
			}
			return strings.Join(words, " ")
		},
		"wrap": wrap,
	}
	base := template.Must(template.New("root").Funcs(funcs).Parse(layout))
	post := template.Must(template.Must(base.Clone()).Parse(pagePost))
	list := template.Must(template.Must(base.Clone()).Parse(pageList))

	posts := []Post{
		{"hello templates", "ann", "Go templates compose through define, block and template actions, which makes layouts easy.", []string{"go", "web"}},
		{"second post", "bob", "Short.", nil},
	}
	data := map[string]any{"Site": "example.dev", "Post": posts[0], "Posts": posts}
	for _, t := range []*template.Template{post, list} {
		if err := t.ExecuteTemplate(os.Stdout, "base", data); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println()
	}
	data["Posts"] = []Post{}
	list.ExecuteTemplate(os.Stdout, "base", data)
	fmt.Println()
	var names []string
	for _, t := range base.Templates() {
		names = append(names, t.Name())
	}
	sort.Strings(names)
	fmt.Println("defined:", names)
	err := post.ExecuteTemplate(os.Stdout, "nope", data)
	fmt.Println("error:", err)
}
