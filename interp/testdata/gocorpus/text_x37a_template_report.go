package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
	"time"
)

type Ticket struct {
	ID       int
	Title    string
	Assignee string
	Priority int
	Opened   time.Time
	Closed   *time.Time
}

func (t Ticket) Age(at time.Time) time.Duration {
	if t.Closed != nil {
		return t.Closed.Sub(t.Opened)
	}
	return at.Sub(t.Opened)
}

const reportTmpl = `Weekly ticket report ({{.From.Format "Jan 2"}} - {{.To.Format "Jan 2, 2006"}})
{{range $name, $list := .ByAssignee -}}
== {{$name | upper}} ({{len $list}}) ==
{{range $list -}}
  #{{printf "%-4d" .ID}} P{{.Priority}} {{printf "%-28q" .Title}} {{if .Closed}}closed after {{age .}}{{else}}OPEN for {{age .}}{{end}}
{{end -}}
{{else}}no tickets
{{end -}}
{{with .Unassigned}}Unassigned: {{join . ", "}}{{end}}
`

func main() {
	from := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 0, 6)
	closedAt := func(d, h int) *time.Time {
		t := from.AddDate(0, 0, d).Add(time.Duration(h) * time.Hour)
		return &t
	}
	tickets := []Ticket{
		{101, "Login page 500s", "maria", 1, from.Add(2 * time.Hour), closedAt(0, 7)},
		{102, "Typo in footer", "", 4, from.Add(26 * time.Hour), nil},
		{103, "Export CSV timeouts", "li", 2, from.Add(30 * time.Hour), closedAt(3, 12)},
		{104, "Dark mode contrast", "maria", 3, from.AddDate(0, 0, 2), nil},
		{105, "Flaky integration test", "li", 2, from.AddDate(0, 0, 4), nil},
		{106, "Update dependencies", "", 3, from.AddDate(0, 0, 5), nil},
	}
	by := map[string][]Ticket{}
	var unassigned []string
	for _, t := range tickets {
		if t.Assignee == "" {
			unassigned = append(unassigned, fmt.Sprintf("#%d", t.ID))
			continue
		}
		by[t.Assignee] = append(by[t.Assignee], t)
	}
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"age": func(t Ticket) string {
			return t.Age(to.Add(18 * time.Hour)).Truncate(time.Hour).String()
		},
	}
	tmpl := template.Must(template.New("r").Funcs(funcs).Parse(reportTmpl))
	data := struct {
		From, To   time.Time
		ByAssignee map[string][]Ticket
		Unassigned []string
	}{from, to, by, unassigned}
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("exec error:", err)
	}

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, data)
	fmt.Println("error:", err != nil)
}
