// Reports of issues rendered with text/template, after section 4.6.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
	"time"
)

type User struct {
	Login   string
	HTMLURL string
}

type Issue struct {
	Number    int
	HTMLURL   string
	Title     string
	State     string
	User      *User
	CreatedAt time.Time
	Labels    []string
}

type IssuesSearchResult struct {
	TotalCount int
	Items      []*Issue
}

var now = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

func daysAgo(t time.Time) int {
	return int(now.Sub(t).Hours() / 24)
}

const templ = `{{.TotalCount}} issues:
{{range .Items -}}
----------------------------------------
Number: {{.Number}}
User:   {{.User.Login}}
Title:  {{.Title | printf "%.40s"}}
Age:    {{.CreatedAt | daysAgo}} days
{{- if .Labels}}
Labels: {{join .Labels ", "}}
{{- end}}
{{end}}`

var report = template.Must(template.New("issuelist").
	Funcs(template.FuncMap{"daysAgo": daysAgo, "join": strings.Join}).
	Parse(templ))

const summary = `{{define "row"}}#{{.Number}} [{{.State}}] {{.Title}}{{end -}}
{{- range $i, $it := .Items}}{{if $i}}; {{end}}{{template "row" $it}}{{end}}
open: {{len (open .Items)}} of {{.TotalCount}}
{{with index .Items 0}}first by {{.User.Login}}{{end}}
{{- /* a comment */ -}}
`

func main() {
	result := IssuesSearchResult{
		TotalCount: 3,
		Items: []*Issue{
			{Number: 5680, Title: "encoding/json: Decoder.Token does not report the correct offset", State: "open",
				User: &User{Login: "gopher"}, CreatedAt: now.AddDate(0, 0, -3), Labels: []string{"NeedsFix", "help wanted"}},
			{Number: 4237, Title: "x/net/html: void element <link> has child nodes", State: "closed",
				User: &User{Login: "nigeltao"}, CreatedAt: now.AddDate(-1, -2, 0)},
			{Number: 7212, Title: "cmd/go: go get fails with vanity import paths", State: "open",
				User: &User{Login: "rsc"}, CreatedAt: now.Add(-36 * time.Hour), Labels: []string{"GoCommand"}},
		},
	}
	if err := report.Execute(os.Stdout, result); err != nil {
		fmt.Println("error:", err)
	}

	funcs := template.FuncMap{"open": func(items []*Issue) []*Issue {
		var out []*Issue
		for _, it := range items {
			if it.State == "open" {
				out = append(out, it)
			}
		}
		return out
	}}
	t, err := template.New("summary").Funcs(funcs).Parse(summary)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	if err := t.Execute(os.Stdout, result); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println()

	_, err = template.New("bad").Parse("{{.Title")
	fmt.Println("parse error:", err)
	err = template.Must(template.New("x").Parse("{{.Missing}}\n")).Execute(os.Stdout, result)
	fmt.Println("exec error:", err)
	err = template.Must(template.New("m").Parse("{{range $k, $v := .}}{{$k}}={{$v}} {{end}}\n")).
		Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})
	fmt.Println(err)
}
